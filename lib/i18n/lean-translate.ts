import { browser } from 'wxt/browser';
import type { t as ModuleTranslate } from './translate';

/**
 * The typed `t` of @wxt-dev/i18n without its runtime, for the two content scripts: they run in every
 * frame of a console page under a 40 KB budget, and createI18n costs ≈ 850 bytes there. Same rules as
 * the module: a number is the count (and the only substitution when no list is given), an array the
 * substitutions; a counted message holds its plural forms as "one | many" or "zero | one | many".
 * tests/unit/i18n/lean-translate.test.ts checks it answers like the module for every key.
 */
export const leanT = ((key: string, ...args: unknown[]): string => {
  let subs: string[] | undefined;
  let count: number | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) subs = arg.map(String);
  }
  if (count !== undefined && !subs) subs = [String(count)];
  // browser.i18n's own key type lists only the predefined messages; ours are checked by the cast below.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const message = getMessage(key.replaceAll('.', '_'), subs);
  if (count === undefined) return message;
  const forms = message.split(' | ');
  return (forms.length === 3 ? forms[count === 0 || count === 1 ? count : 2] : forms.length === 2 ? forms[count === 1 ? 0 : 1] : forms[0]) ?? message;
}) as typeof ModuleTranslate;
