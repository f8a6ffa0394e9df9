import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLES } from '../../../lib/consoles';
import { consoleBlocks, README_OF, withConsoleBlocks, type Lang, type LocaleMessages } from '../../../lib/consoles/readme-tables';
import { chromeMessages } from '../../tools/locale-files';

const ROOT = path.resolve(__dirname, '../../..');
const read = (rel: string): string => readFileSync(path.join(ROOT, rel), 'utf8');
const locales: LocaleMessages = { zh: await chromeMessages('zh_CN'), en: await chromeMessages('en') };

describe('README console tables', () => {
  it.each(Object.entries(README_OF) as [Lang, string][])('%s: %s is what the registry renders (run npm run docs:consoles after changing lib/consoles)', (lang, file) => {
    const readme = read(file);
    expect(withConsoleBlocks(readme, locales, lang) === readme, `${file} is out of date: npm run docs:consoles`).toBe(true);
  });

  it('list every console host in the console and permission tables of both languages', () => {
    const blocks = consoleBlocks(locales);
    for (const host of CONSOLES.flatMap((c) => c.hosts)) {
      for (const [name, block] of Object.entries(blocks)) expect(block, name).toContain(`\`${host}\``);
    }
  });

  it('refuses a README that lost a marker', () => {
    expect(() => withConsoleBlocks('# README\n', locales, 'zh')).toThrow(/consoles:zh/);
    expect(() => withConsoleBlocks('# README\n', locales, 'en')).toThrow(/README\.en\.md has no <!-- consoles:en/);
  });
});
