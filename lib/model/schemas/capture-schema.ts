import { z } from 'zod';
import { text } from '../text';
import type { Capture } from '../capture-types';
import { isIsoDate, periodProblem } from '../iso-date';
import {
  MAX_METRICS_PER_CAPTURE,
  MAX_ROWS_PER_CAPTURE,
  MAX_WARNINGS_PER_CAPTURE,
  SHORT_TEXT_MAX_LENGTH,
  TABLE_KEY_MAX_LENGTH,
  LABEL_MAX_LENGTH,
} from '../limits';
import { consoleIdSchema } from './console-id-schema';
import {
  httpUrlSchema,
  isoDateSchema,
  labelSchema,
  metricIdSchema,
  metricValueSchema,
  quoted,
  rowKindSchema,
} from './field-schemas';
import { addIssue } from './issue-text';
import { leftOutListSchema } from './left-out-schema';

/** A capture as a content script sends it to the background; strict, since a page can tamper with the content script's world. */

export const captureSourceSchema = z.strictObject({
  console: consoleIdSchema,
  pageUrl: httpUrlSchema,
  frameUrl: httpUrlSchema,
  tableKey: z.string().min(1).max(TABLE_KEY_MAX_LENGTH),
});

/** The period alone, also used by the background when it asks the top frame for the period. */
export const capturePeriodSchema = z
  .strictObject({
    start: isoDateSchema,
    end: isoDateSchema,
    guessed: z.boolean(),
    evidence: z.string().max(SHORT_TEXT_MAX_LENGTH),
  })
  .superRefine((p, ctx) => {
    // Bad dates already have their own issue; only the relation between two good dates is added here.
    if (!isIsoDate(p.start) || !isIsoDate(p.end)) return;
    const problem = periodProblem(p.start, p.end);
    if (problem) addIssue(ctx, ['end'], problem);
  });

const rowSchema = z.strictObject({
  label: labelSchema,
  kind: rowKindSchema,
  values: z.record(z.string(), metricValueSchema),
});

const warningSchema = z.strictObject({
  row: z.string().max(LABEL_MAX_LENGTH),
  metric: z.string().max(SHORT_TEXT_MAX_LENGTH),
  text: z.string().max(SHORT_TEXT_MAX_LENGTH),
  reason: z.string().max(SHORT_TEXT_MAX_LENGTH),
});

/** A capture's metric ids as a set; every id listed twice is an issue at its place (both capture messages check this). */
export function distinctMetrics(ids: readonly string[], ctx: z.core.$RefinementCtx<unknown>): Set<string> {
  const metrics = new Set<string>();
  ids.forEach((m, i) => {
    if (metrics.has(m)) addIssue(ctx, ['metrics', i], text('issueDuplicateMetric', quoted(m)));
    metrics.add(m);
  });
  return metrics;
}

export const captureSchema = z
  .strictObject({
    source: captureSourceSchema,
    period: capturePeriodSchema,
    metrics: z.array(metricIdSchema).min(1).max(MAX_METRICS_PER_CAPTURE),
    headerTexts: z.record(z.string(), z.string().max(SHORT_TEXT_MAX_LENGTH)),
    rows: z.array(rowSchema).min(1).max(MAX_ROWS_PER_CAPTURE),
    warnings: z.array(warningSchema).max(MAX_WARNINGS_PER_CAPTURE),
    leftOut: leftOutListSchema,
  })
  .superRefine((c, ctx) => {
    const metrics = distinctMetrics(c.metrics, ctx);
    for (const key of Object.keys(c.headerTexts)) {
      if (!metrics.has(key)) addIssue(ctx, ['headerTexts', key], text('issueNotOneOfMetrics'));
    }
    // One stored value per (label, metric): a repeated label would silently overwrite, so it is refused
    // here and the reader has to merge its duplicates (locked-column copies) before sending.
    const labels = new Set<string>();
    c.rows.forEach((row, i) => {
      if (labels.has(row.label)) addIssue(ctx, ['rows', i, 'label'], text('issueDuplicateRow', quoted(row.label)));
      labels.add(row.label);
      for (const key of Object.keys(row.values)) {
        if (!metrics.has(key)) addIssue(ctx, ['rows', i, 'values', key], text('issueNotOneOfMetrics'));
      }
    });
  });

export type ValidCapture = z.infer<typeof captureSchema>;

// The schema must describe exactly the Capture the content script builds; these fail to compile otherwise.
type Assert<T extends true> = T;
export type _ValidCaptureIsCapture = Assert<ValidCapture extends Capture ? true : false>;
export type _CaptureIsValidCapture = Assert<Capture extends ValidCapture ? true : false>;
