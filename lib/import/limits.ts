/** Bounds of the report-file import. */

/** Larger files are refused before anything is read: a console export of a year is a few MB. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;

/** Rows above the header that may hold titles and notes (生意参谋 writes 2–4, some exports more). */
export const HEADER_SEARCH_ROWS = 30;

/** Cell problems listed per sheet; the rest are counted, so one broken column cannot flood the preview. */
export const MAX_LISTED_PROBLEMS = 200;

/** Merged areas larger than this are not filled cell by cell (a runaway merge must not cost seconds). */
export const MAX_MERGE_FILL_CELLS = 100_000;
