import { z } from 'zod';
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
    if (duplicate && c.metricId === undefined) addIssue(ctx, ['metricId'], 'a duplicate column names its metric', '重复列须注明指标');
    if (duplicate && c.keptHeader === undefined) addIssue(ctx, ['keptHeader'], 'a duplicate column names the column kept', '重复列须注明保留的列');
    if (!duplicate && (c.metricId !== undefined || c.keptHeader !== undefined)) {
      addIssue(ctx, ['reason'], 'only a duplicate column names a metric and a kept column', '只有重复列才注明指标和保留的列');
    }
  });

export const leftOutListSchema = z.array(leftOutColumnSchema).max(MAX_LEFT_OUT_PER_CAPTURE);
