/** `npm run docs:consoles`: rewrites README.md's console and permission tables from the console registry. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withConsoleBlocks, type LocaleMessages } from '../../lib/consoles/readme-tables';
import { chromeMessages } from './locale-files';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string): string => readFileSync(path.join(root, rel), 'utf8');
const locales: LocaleMessages = { zh: await chromeMessages('zh_CN'), en: await chromeMessages('en') };

const before = read('README.md');
const after = withConsoleBlocks(before, locales);
if (after === before) console.log('README.md is up to date');
else {
  writeFileSync(path.join(root, 'README.md'), after);
  console.log('README.md: console and permission tables rewritten');
}
