/**
 * zod schemas of the core types: what a message, a backup or a stored setting must be. Never imported by
 * the content script.
 */
export { capturePeriodSchema, captureSchema } from './capture-schema';
export { rawCaptureSchema } from './raw-capture-schema';
export { isoDateSchema, isoTimestampSchema, labelSchema, metricIdSchema, quoted, rowKindSchema } from './field-schemas';
export { consoleIdSchema } from './console-id-schema';
export { addIssue, formatPath, type IssueText, issueTexts, summarizeIssues } from './issue-text';
export { type CaptureRecord, captureRecordSchema, type PrefRecord, type SiteRecord, siteRecordSchema, type SnapshotRecord, snapshotRecordSchema, type ValueRecord, valueRecordSchema } from './records';
