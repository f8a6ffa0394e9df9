/** `npm run docs:consoles`: rewrites the READMEs' console and permission tables from the console registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { README_OF, withConsoleBlocks, type Lang, type LocaleMessages } from '../../lib/consoles/readme-tables';
import { chromeMessages } from './locale-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');
const locales: LocaleMessages = { zh: await chromeMessages('zh_CN'), en: await chromeMessages('en') };

for (const [lang, file] of Object.entries(README_OF) as [Lang, string][]) {
  const before = read(file);
  const after = withConsoleBlocks(before, locales, lang);
  if (after === before) console.log(`${file} is up to date`);
  else {
    writeFileSync(path.join(root, file), after);
    console.log(`${file}: console and permission tables rewritten`);
  }
}
