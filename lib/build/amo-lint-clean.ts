import type { Plugin } from 'vite';

/**
 * Addons.mozilla.org lints the Firefox build and warns about two things our dependencies carry, neither
 * of which the extension uses:
 * - zod compiles fast parsers with the `Function` constructor when it may (its "JIT"). Without it zod
 *   parses the same way, only without generated code (the `jitless` mode). We hand zod a constructor that
 *   always throws, so its probe (`allowsEval`) answers false and no code is ever generated.
 * - PouchDB evaluates design documents' map and filter functions given as strings (`scopeEval`, a
 *   `Function.apply`). Team sync replicates plain documents with no string filter or view, and the
 *   extension's CSP forbids eval anyway, so the call becomes the same throw.
 * - react-dom assigns `innerHTML` for `dangerouslySetInnerHTML`, which no component here uses; the
 *   assignment becomes a throw, so a future use fails loudly in tests instead of shipping.
 * Each rewrite must find what it rewrites: a dependency update that changes the code fails the build
 * rather than silently bringing the warning back.
 */

const NO_EVAL = `function () { throw new Error('code generation is disabled in this extension'); }`;
const NO_INNER_HTML = `(function () { throw new Error('dangerouslySetInnerHTML is not used in this extension'); })()`;

interface Rewrite {
  /** Which module ids the rewrite applies to. */
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: readonly Rewrite[] = [
  // `const F = Function;` in zod/v4/core/util.js (allowsEval), doc.js and compile.js (the parser compilers).
  { file: /[\\/]zod[\\/]v4[\\/]core[\\/](?:util|doc|compile)\.js$/, find: /=\s*Function\s*;/g, replace: `= ${NO_EVAL};` },
  // `return Function.apply(null, keys).apply(null, values);` in scopeEval, in PouchDB's browser bundle (ES and CJS builds).
  { file: /[\\/]pouchdb-browser[\\/]lib[\\/]index(?:\.es)?\.js$/, find: /Function\.apply\(null, keys\)/g, replace: `(${NO_EVAL})` },
  // `(domElement.innerHTML = key)` in react-dom's client, once for each of its two prop setters.
  { file: /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/, find: /\(domElement\.innerHTML = key\)/g, replace: NO_INNER_HTML },
];

/** Applies the rewrites that match `id`; null when none applies. Throws when an applicable one finds nothing. */
export function rewriteForAmo(code: string, id: string): string | null {
  let out: string | null = null;
  for (const rewrite of REWRITES) {
    if (!rewrite.file.test(id)) continue;
    const before: string = out ?? code;
    const next = before.replace(rewrite.find, rewrite.replace);
    if (next === before) throw new Error(`amo-lint-clean: ${rewrite.find} not found in ${id}; update lib/build/amo-lint-clean.ts`);
    out = next;
  }
  return out;
}

export function amoLintClean(): Plugin {
  return {
    name: 'kefu:amo-lint-clean',
    enforce: 'pre',
    transform(code, id) {
      const out = rewriteForAmo(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
