import { say } from '../../../lib/i18n/translate';
import type { Text } from '../../../lib/model/text';
import { setUiLocale, uiLocale } from './ui-locale';

/** A Text as a user of that language reads it (the real locale files), whatever locale the test is in. */
function wordsIn(locale: string, message: Text): string {
  const before = uiLocale();
  setUiLocale(locale);
  try {
    return say(message);
  } finally {
    setUiLocale(before);
  }
}

export const enWords = (message: Text): string => wordsIn('en', message);
export const zhWords = (message: Text): string => wordsIn('zh-CN', message);

/** An issue or error with its message code worded in both languages, as the tests state expectations. */
export function worded<T extends { message: Text }>(item: T): Omit<T, 'message'> & { messageZh: string; messageEn: string } {
  const { message, ...rest } = item;
  return { ...rest, messageZh: zhWords(message), messageEn: enWords(message) };
}

/** A Text as `{ zh, en }`: both languages' words, for expectations written as such pairs. */
export function bilingual(message: Text): { zh: string; en: string } {
  return { zh: zhWords(message), en: enWords(message) };
}
