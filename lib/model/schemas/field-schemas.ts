import { z } from 'zod';
import { ROW_KINDS } from '../metric-types';
import { metricById } from '../metric-catalog';
import { isIsoDate, isIsoTimestamp } from '../iso-date';
import { LABEL_MAX_LENGTH, URL_MAX_LENGTH } from '../limits';
import { addIssue } from './issue-text';

/** Field checks shared by the capture message and the backup records: one definition of "valid". */

/** Quotes a rejected value in a message, cut short so a hostile string cannot flood the log. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** A string check whose message quotes the value, in both languages. */
function checkedString(ok: (s: string) => boolean, en: (q: string) => string, zh: (q: string) => string) {
  return z.string().superRefine((s, ctx) => {
    if (!ok(s)) addIssue(ctx, [], en(quoted(s)), zh(quoted(s)));
  });
}

export const isoDateSchema = checkedString(
  isIsoDate,
  (q) => `invalid ISO date ${q} (expected a real date YYYY-MM-DD)`,
  (q) => `日期无效 ${q}（应为有效日期 YYYY-MM-DD）`,
);

export const isoTimestampSchema = checkedString(
  isIsoTimestamp,
  (q) => `invalid timestamp ${q} (expected YYYY-MM-DDTHH:mm:ss.sssZ)`,
  (q) => `时间戳无效 ${q}（应为 YYYY-MM-DDTHH:mm:ss.sssZ）`,
);

export const metricIdSchema = checkedString(
  (id) => metricById(id) !== undefined,
  (q) => `unknown metric id ${q}`,
  (q) => `未知指标 ${q}`,
);

export const rowKindSchema = z.enum(ROW_KINDS);

/** Agent text as shown, or a benchmark label; stored trimmed so re-captures hit the same key. */
export const labelSchema = z
  .string()
  .min(1)
  .max(LABEL_MAX_LENGTH)
  .superRefine((s, ctx) => {
    if (s.trim() !== s) addIssue(ctx, [], `label ${quoted(s)} is not trimmed`, `名称 ${quoted(s)} 首尾有空白`);
  });

/** A value as stored: a finite number, or null for missing (never 0). zod 4 numbers reject NaN/Infinity. */
export const metricValueSchema = z.number().nullable();

function isHttpUrl(u: string): boolean {
  try {
    const { protocol } = new URL(u);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export const httpUrlSchema = z
  .string()
  .max(URL_MAX_LENGTH)
  .superRefine((u, ctx) => {
    if (!isHttpUrl(u)) addIssue(ctx, [], `expected an http(s) URL, got ${quoted(u)}`, `应为 http(s) 网址，实际为 ${quoted(u)}`);
  });
