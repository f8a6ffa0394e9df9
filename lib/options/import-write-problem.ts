import { text, type Text } from '../model';
import { isQuotaError } from '../db';

/**
 * Why an import was not stored, for the options page: a full storage in the words the error log uses
 * (what happened, that nothing stored is touched, what to do), anything else as the browser said it.
 * The import's transaction was aborted either way, so nothing of the file was stored.
 */
export function importWriteProblem(error: unknown): Text {
  if (isQuotaError(error)) return text('errorStorageFull');
  return text('importWriteFailed', error instanceof Error ? error.message : String(error));
}
