/**
 * One failure worth telling the user about. `kind` picks the plain-words sentence the options page
 * shows (locale key `error_<kind>` in both languages); `detail` is the browser's or the check's own text.
 */
export const ERROR_KINDS = [
  /** The data's database did not open or its upgrade failed: nothing can be saved until it does. */
  'databaseOpen',
  /** A capture reached the background but could not be written. */
  'captureWrite',
  /** A capture was refused by the checks (malformed: a page may have tampered with it). */
  'captureRefused',
  /** The on-page badge's connection to the background failed. */
  'overlayPort',
  /** The scripts for the user's own sites could not be registered. */
  'siteScripts',
  /** "Capture now" could not run the capture script in the tab. */
  'captureNow',
  /** A site's permission could not be given back when the site was removed. */
  'sitePermission',
  /** A write was refused because the browser's storage (disk or quota) is full. */
  'storageFull',
  /** A view setting (the team view's remembered shop) could not be saved. */
  'viewPref',
  /** A team sync pass failed in a way the sync engine did not answer with a problem of its own. */
  'syncPass',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ErrorEntry {
  id: number;
  /** ISO timestamp. */
  at: string;
  kind: ErrorKind;
  detail: string;
}

/** The readable text of anything thrown or rejected, cut short so a hostile string cannot flood the log. */
export function errorDetail(error: unknown): string {
  const text = error instanceof Error ? (error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message) : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}
