import { z } from 'zod';
import { ROW_KINDS } from '../metric-types';
import { metricById } from '../metric-catalog';
import { isIsoDate, isIsoTimestamp } from '../iso-date';
import { LABEL_MAX_LENGTH, URL_MAX_LENGTH } from '../limits';
import { addIssue } from './issue-text';
import { text } from '../text';
import type { MessageKey } from '../message-key';

/** Field checks shared by the capture message and the backup records: one definition of "valid". */

/** Quotes a rejected value in a message, cut short so a hostile string cannot flood the log. */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** A string check whose message (a code with the quoted value) says what was wrong. */
function checkedString(ok: (s: string) => boolean, key: MessageKey) {
  return z.string().superRefine((s, ctx) => {
    if (!ok(s)) addIssue(ctx, [], text(key, quoted(s)));
  });
}

export const isoDateSchema = checkedString(isIsoDate, 'issueInvalidIsoDate');

export const isoTimestampSchema = checkedString(isIsoTimestamp, 'issueInvalidTimestamp');

export const metricIdSchema = checkedString((id) => metricById(id) !== undefined, 'issueUnknownMetric');

export const rowKindSchema = z.enum(ROW_KINDS);

/** Agent text as shown, or a benchmark label; stored trimmed so re-captures hit the same key. */
export const labelSchema = z
  .string()
  .min(1)
  .max(LABEL_MAX_LENGTH)
  .superRefine((s, ctx) => {
    if (s.trim() !== s) addIssue(ctx, [], text('issueLabelNotTrimmed', quoted(s)));
  });

/** A value as stored: a finite number, or null for missing (never 0). zod 4 numbers reject NaN/Infinity. */
export const metricValueSchema = z.number().nullable();

function isHttpUrl(u: string): boolean {
  try {
    const { protocol } = new URL(u);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false; // not a URL at all: the schema reports it with the value quoted
  }
}

export const httpUrlSchema = z
  .string()
  .max(URL_MAX_LENGTH)
  .superRefine((u, ctx) => {
    if (!isHttpUrl(u)) addIssue(ctx, [], text('issueNotHttpUrl', quoted(u)));
  });
