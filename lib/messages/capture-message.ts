import { z } from 'zod';
import type { Capture } from '../model';
import { captureSchema, issueTexts, rawCaptureSchema, summarizeIssues, type IssueText } from '../model/schemas';
import { say } from '../i18n/translate';
import { captureOfRaw } from '../capture';

/** The capture message of a content script: the envelope around lib/model/schemas/capture-schema.ts. */

export const captureMessageSchema = z.strictObject({
  type: z.literal('capture'),
  capture: captureSchema,
});

export type CaptureMessage = z.infer<typeof captureMessageSchema>;
export type ParseCaptureResult = { ok: true; capture: Capture } | { ok: false; error: string; issues: IssueText[] };

/** The capture a `capture` message carries (its data); issue paths start at `capture`. */
export function parseCapture(raw: unknown): ParseCaptureResult {
  const result = captureSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, capture: result.data };
  const issues = issueTexts(result.error, 'capture');
  return { ok: false, error: summarizeIssues(issues, say), issues };
}

export function parseCaptureMessage(raw: unknown): ParseCaptureResult {
  const result = captureMessageSchema.safeParse(raw, { reportInput: true });
  if (result.success) return { ok: true, capture: result.data.capture };
  const issues = issueTexts(result.error);
  return { ok: false, error: summarizeIssues(issues, say), issues };
}

/**
 * The data of a `capture` message: a content script's raw capture (cell texts), checked with zod and
 * parsed into the Capture that is stored (lib/capture/parse-raw-table.ts: values, warnings, repeated rows
 * merged), which captureSchema checks once more (labels, values, how many warnings). Issue paths start at
 * `capture` and point into the message where its shape is wrong.
 */
export function parseRawCapture(raw: unknown): ParseCaptureResult {
  const result = rawCaptureSchema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    const issues = issueTexts(result.error, 'capture');
    return { ok: false, error: summarizeIssues(issues, say), issues };
  }
  return parseCapture(captureOfRaw(result.data));
}
