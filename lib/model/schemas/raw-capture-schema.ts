import { z } from 'zod';
import { text } from '../text';
import type { RawCapture } from '../capture-types';
import type { HeaderUnitHint } from '../metric-types';
import { CELL_TEXT_MAX_LENGTH, MAX_METRICS_PER_CAPTURE, MAX_ROWS_PER_CAPTURE, SHORT_TEXT_MAX_LENGTH } from '../limits';
import { captureSourceSchema, capturePeriodSchema, distinctMetrics } from './capture-schema';
import { labelSchema, metricIdSchema } from './field-schemas';
import { addIssue } from './issue-text';
import { leftOutListSchema } from './left-out-schema';

/**
 * A capture as the content script sends it: raw cell texts (lib/model/capture-types.ts, RawCapture).
 * Strict, since a page can tamper with the content script's world. The shape is checked here, with paths
 * into the message; the parsed Capture is checked again by captureSchema before it is written.
 */

const HINTS = ['seconds', 'minutes', 'hours', 'fen', 'yuan', 'percent', 'count'] as const satisfies readonly HeaderUnitHint[];

const cellTextSchema = z.string().max(CELL_TEXT_MAX_LENGTH);

export const rawCaptureSchema = z
  .strictObject({
    source: captureSourceSchema,
    period: capturePeriodSchema,
    metrics: z.array(metricIdSchema).min(1).max(MAX_METRICS_PER_CAPTURE),
    hints: z.array(z.enum(HINTS).nullable()),
    headers: z.array(z.string().max(SHORT_TEXT_MAX_LENGTH)),
    // [label, text of metric 1, …]: a row is one array of strings, no object per cell.
    rows: z.array(z.tuple([labelSchema], cellTextSchema)).min(1).max(MAX_ROWS_PER_CAPTURE),
    leftOut: leftOutListSchema,
  })
  .superRefine((c, ctx) => {
    distinctMetrics(c.metrics, ctx);
    const width = c.metrics.length;
    if (c.hints.length !== width) addIssue(ctx, ['hints'], text('issueOnePerMetric', c.hints.length, width));
    if (c.headers.length !== width) addIssue(ctx, ['headers'], text('issueOnePerMetric', c.headers.length, width));
    // A short or long row would put texts under the wrong metric: refused, never read shifted.
    c.rows.forEach((row, i) => {
      if (row.length !== width + 1) addIssue(ctx, ['rows', i], text('issueRowTexts', row.length, width + 1));
    });
  });

export type ValidRawCapture = z.infer<typeof rawCaptureSchema>;

// The schema must describe exactly the RawCapture the content script builds; these fail to compile otherwise.
type Assert<T extends true> = T;
export type _ValidIsRawCapture = Assert<ValidRawCapture extends RawCapture ? true : false>;
export type _RawCaptureIsValid = Assert<RawCapture extends ValidRawCapture ? true : false>;
