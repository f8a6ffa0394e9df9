/**
 * Whether a failed write failed because the browser's storage is full: IndexedDB aborts the transaction
 * with a QuotaExceededError (Chrome, Firefox, Safari), which Dexie passes on as its own QuotaExceededError
 * or as an AbortError holding it in `inner`; older Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
 */
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

export function isQuotaError(error: unknown): boolean {
  // A short chain: Dexie's error, the DOMException it wraps, and a cause at most.
  for (let e: unknown = error, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
    e = inner ?? cause;
  }
  return false;
}
