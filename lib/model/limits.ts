/** Bounds on what may enter the database, shared by the capture message, CSV import and backup checks. */
export const LABEL_MAX_LENGTH = 200;
export const URL_MAX_LENGTH = 2048;
/** lib/capture/table-key.ts joins the frame URL (up to URL_MAX_LENGTH) and the sorted metric ids. */
export const TABLE_KEY_MAX_LENGTH = 8192;
/** A console table never shows this many agents; more means a runaway reader. */
export const MAX_ROWS_PER_CAPTURE = 20_000;
export const MAX_METRICS_PER_CAPTURE = 200;
export const MAX_WARNINGS_PER_CAPTURE = 5_000;
export const SHORT_TEXT_MAX_LENGTH = 500;
/** Columns a capture names as not stored (lib/capture/comparison-table.ts cuts to these, the schemas check them). */
export const MAX_LEFT_OUT_PER_CAPTURE = 100;
export const LEFT_OUT_HEADER_MAX_LENGTH = 100;
/**
 * A raw cell text of a capture message (the background parses it): far beyond any value with its change
 * line or tooltip; a longer cell would be a runaway reader or a tampered page.
 */
export const CELL_TEXT_MAX_LENGTH = 2_000;
