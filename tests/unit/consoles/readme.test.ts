import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLES } from '../../../lib/consoles';
import { consoleBlocks, withConsoleBlocks, type LocaleMessages } from '../../../lib/consoles/readme-tables';
import { chromeMessages } from '../../tools/locale-files';

const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
const locales: LocaleMessages = { zh: await chromeMessages('zh_CN'), en: await chromeMessages('en') };

describe('README console tables', () => {
  it('are what the registry renders (run npm run docs:consoles after changing lib/consoles)', () => {
    const readme = read('README.md');
    expect(withConsoleBlocks(readme, locales) === readme, 'README.md is out of date: npm run docs:consoles').toBe(true);
  });

  it('list every console host in the console and permission tables of both languages', () => {
    const blocks = consoleBlocks(locales);
    for (const host of CONSOLES.flatMap((c) => c.hosts)) {
      for (const [name, block] of Object.entries(blocks)) expect(block, name).toContain(`\`${host}\``);
    }
  });

  it('refuses a README that lost a marker', () => {
    expect(() => withConsoleBlocks('# README\n', locales)).toThrow(/consoles:zh/);
  });
});
