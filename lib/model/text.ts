import type { MessageKey } from './message-key';

/**
 * A message as lib/ returns it: a locale key (lib/i18n/locales) with its substitutions, which may be
 * texts themselves, and for a plural key the count. lib/ never words a message; the views turn a Text
 * into words with say() (lib/i18n/translate.ts) in the browser's language.
 */
export interface Text {
  readonly key: MessageKey;
  readonly params?: readonly TextParam[];
  /** The count a plural key is chosen by. */
  readonly count?: number;
}

export type TextParam = string | number | Text;

/** `text('schemeWhereGrade', name)`: a key and its $1…$n. */
export function text(key: MessageKey, ...params: TextParam[]): Text {
  return params.length > 0 ? { key, params } : { key };
}

/** A plural key: `countText('countDays', 3)` → "3 days"; extra params are $2… after the count's $1 (or all of them when given). */
export function countText(key: MessageKey, count: number, ...params: TextParam[]): Text {
  return { key, count, params: params.length > 0 ? params : [count] };
}

export function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}
