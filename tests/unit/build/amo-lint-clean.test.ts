import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteForAmo } from '../../../lib/build/amo-lint-clean';

const require = createRequire(import.meta.url);
const zodCore = path.join(path.dirname(require.resolve('zod/package.json')), 'v4', 'core');
const pouchBundles = ['index.js', 'index.es.js'].map((file) => path.join(path.dirname(require.resolve('pouchdb-browser/package.json')), 'lib', file));
const reactDomClient = path.join(path.dirname(require.resolve('react-dom/package.json')), 'cjs', 'react-dom-client.production.js');

describe('rewriteForAmo', () => {
  it.each(['util.js', 'doc.js', 'compile.js'])('leaves no Function constructor in zod core %s, and the probe fails closed', (file) => {
    const id = path.join(zodCore, file);
    const out = rewriteForAmo(readFileSync(id, 'utf8'), id)!;
    expect(out).not.toMatch(/=\s*Function\s*;/);
    expect(out).toContain('code generation is disabled in this extension');
  });

  it('turns react-dom innerHTML assignments of dangerouslySetInnerHTML into throws', () => {
    const out = rewriteForAmo(readFileSync(reactDomClient, 'utf8'), reactDomClient)!;
    expect(out).not.toContain('(domElement.innerHTML = key)');
    expect(out.match(/dangerouslySetInnerHTML is not used in this extension/g)).toHaveLength(2);
  });

  it.each(pouchBundles)('leaves no Function constructor in PouchDB\'s scopeEval (%s)', (id) => {
    const source = readFileSync(id, 'utf8');
    expect(source).toContain('Function.apply(null, keys)');
    const out = rewriteForAmo(source, id)!;
    expect(out).not.toMatch(/\bFunction\.apply\(/);
    expect(out).toContain('code generation is disabled in this extension');
  });

  it('leaves other modules alone', () => {
    expect(rewriteForAmo('const F = Function;', '/x/node_modules/other/index.js')).toBeNull();
  });

  it('fails the build when a dependency update moved the code it rewrites', () => {
    expect(() => rewriteForAmo('export const x = 1;', path.join(zodCore, 'util.js'))).toThrow(/not found in .*util\.js/);
  });
});
