import { z } from 'zod';
import { text } from '../text';
import { consoleIdSchema } from './console-id-schema';
import {
  isoDateSchema,
  isoTimestampSchema,
  labelSchema,
  metricIdSchema,
  metricValueSchema,
  rowKindSchema,
} from './field-schemas';
import { addIssue } from './issue-text';
import { leftOutListSchema } from './left-out-schema';
import { isIsoDate, periodProblem } from '../iso-date';
import { snapshotId, valueId } from '../keys';
import { LABEL_MAX_LENGTH, SHORT_TEXT_MAX_LENGTH, TABLE_KEY_MAX_LENGTH, URL_MAX_LENGTH } from '../limits';

/**
 * The stored records as schemas: the table types come from here, and a backup is checked with the same
 * rules, so nothing enters IndexedDB through a file that could not enter through a capture.
 */

const idSchema = z.number().int().positive();
const countSchema = z.number().int().nonnegative();
const sourceKeySchema = z.string().min(1).max(TABLE_KEY_MAX_LENGTH + 20);

function checkPeriod(start: string, end: string, ctx: z.core.$RefinementCtx<unknown>, path: PropertyKey[]): void {
  if (!isIsoDate(start) || !isIsoDate(end)) return; // already reported by the date fields
  const problem = periodProblem(start, end);
  if (problem) addIssue(ctx, path, problem);
}

export const valueRecordSchema = z
  .strictObject({
    id: z.string(),
    sourceKey: sourceKeySchema,
    console: consoleIdSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    periodGuessed: z.boolean(),
    label: labelSchema,
    rowKind: rowKindSchema,
    metric: metricIdSchema,
    /** null = missing, never 0. */
    value: metricValueSchema,
    captureId: idSchema,
    capturedAt: isoTimestampSchema,
  })
  .superRefine((v, ctx) => {
    checkPeriod(v.periodStart, v.periodEnd, ctx, ['periodEnd']);
    // A key that disagrees with its fields would escape re-capture replacement and show up twice.
    if (v.id !== valueId(v.sourceKey, v.periodStart, v.periodEnd, v.label, v.metric)) {
      addIssue(ctx, ['id'], text('issueValueIdMismatch'));
    }
  });
export type ValueRecord = z.infer<typeof valueRecordSchema>;

const capturePeriodSchema = z.strictObject({
  start: isoDateSchema,
  end: isoDateSchema,
  guessed: z.boolean(),
  evidence: z.string().max(SHORT_TEXT_MAX_LENGTH),
});

export const captureRecordSchema = z
  .strictObject({
    id: idSchema,
    /** A capture from a console page, or the log entry of a CSV import or of an imported report file. */
    origin: z.enum(['capture', 'csv_import', 'file_import']),
    capturedAt: isoTimestampSchema,
    source: z.strictObject({
      console: consoleIdSchema,
      // Not http-only: a CSV import has no page.
      pageUrl: z.string().max(URL_MAX_LENGTH),
      frameUrl: z.string().max(URL_MAX_LENGTH),
      tableKey: z.string().min(1).max(TABLE_KEY_MAX_LENGTH),
    }),
    sourceKey: sourceKeySchema,
    period: capturePeriodSchema,
    /** The period before the user corrected a guessed one. */
    correctedFrom: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).optional(),
    metrics: z.array(metricIdSchema),
    headerTexts: z.record(z.string(), z.string().max(SHORT_TEXT_MAX_LENGTH)),
    agentCount: countSchema,
    benchmarkCount: countSchema,
    valueCount: countSchema,
    /** The report file a `file_import` entry came from; its hash makes re-importing the same file a no-op. */
    file: z
      .strictObject({
        name: z.string().min(1).max(SHORT_TEXT_MAX_LENGTH),
        hash: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .optional(),
    warnings: z.array(
      z.strictObject({
        row: z.string().max(LABEL_MAX_LENGTH),
        metric: z.string().max(SHORT_TEXT_MAX_LENGTH),
        text: z.string().max(SHORT_TEXT_MAX_LENGTH),
        reason: z.string().max(SHORT_TEXT_MAX_LENGTH),
      }),
    ),
    /** The columns a page capture did not store, and why; absent in records stored before it was kept. */
    leftOut: leftOutListSchema.optional(),
  })
  .superRefine((c, ctx) => {
    // Imports span many periods, so only a page capture is held to the one-period bound.
    if (c.origin === 'capture') checkPeriod(c.period.start, c.period.end, ctx, ['period', 'end']);
  });
export type CaptureRecord = z.infer<typeof captureRecordSchema>;

export const snapshotRecordSchema = z
  .strictObject({
    id: z.string(),
    sourceKey: sourceKeySchema,
    console: consoleIdSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    /** Union of the labels seen on every page of this table for this period, sorted. */
    labels: z.array(labelSchema),
    captureIds: z.array(idSchema),
    firstCapturedAt: isoTimestampSchema,
    lastCapturedAt: isoTimestampSchema,
  })
  .superRefine((s, ctx) => {
    checkPeriod(s.periodStart, s.periodEnd, ctx, ['periodEnd']);
    if (s.id !== snapshotId(s.sourceKey, s.periodStart, s.periodEnd)) {
      addIssue(ctx, ['id'], text('issueSnapshotIdMismatch'));
    }
  });
export type SnapshotRecord = z.infer<typeof snapshotRecordSchema>;

export const siteRecordSchema = z.strictObject({
  /** A match pattern such as `https://*.example.com/*`, as the options page stores it. */
  pattern: z.string().min(1).max(URL_MAX_LENGTH),
  addedAt: isoTimestampSchema,
});
export type SiteRecord = z.infer<typeof siteRecordSchema>;

/** One view setting (lib/db/prefs.ts): its value is checked against the key's schema on every read. */
export interface PrefRecord {
  key: string;
  value: unknown;
}
