import { z } from 'zod';
import type { Capture } from '../model';
import { captureSchema, issueTexts, summarizeIssues, type IssueText } from '../model/schemas';
import { say } from '../i18n/translate';

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
