import { z } from 'zod';
import { text } from '../text';
import { LEFT_OUT_REASONS } from '../metric-types';
import { LEFT_OUT_HEADER_MAX_LENGTH, MAX_LEFT_OUT_PER_CAPTURE } from '../limits';
import { metricIdSchema } from './field-schemas';
import { addIssue } from './issue-text';

/**
 * A column a capture did not store, and why (lib/model/metric-types.ts LeftOutColumn). Shared by the capture
 * message and the stored capture record, so a backup is held to what a capture may send.
 */
export const leftOutColumnSchema = z
  .strictObject({
    header: z.string().max(LEFT_OUT_HEADER_MAX_LENGTH),
    reason: z.enum(LEFT_OUT_REASONS),
    metricId: metricIdSchema.optional(),
    keptHeader: z.string().max(LEFT_OUT_HEADER_MAX_LENGTH).optional(),
  })
  .superRefine((c, ctx) => {
    // A duplicate names the metric and the column kept for it; the other reasons have neither.
    const duplicate = c.reason === 'duplicate_metric';
    if (duplicate && c.metricId === undefined) addIssue(ctx, ['metricId'], text('issueDuplicateNamesMetric'));
    if (duplicate && c.keptHeader === undefined) addIssue(ctx, ['keptHeader'], text('issueDuplicateNamesKept'));
    if (!duplicate && (c.metricId !== undefined || c.keptHeader !== undefined)) {
      addIssue(ctx, ['reason'], text('issueOnlyDuplicateNames'));
    }
  });

export const leftOutListSchema = z.array(leftOutColumnSchema).max(MAX_LEFT_OUT_PER_CAPTURE);
