import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { isQuotaError } from '../../../lib/db/quota-error';

describe('isQuotaError', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('knows the browser\'s QuotaExceededError, bare or wrapped by Dexie (inner) or as a cause', () => {
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full', quota))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('any other failure is not a full storage', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted'))).toBe(false);
    expect(isQuotaError(new Dexie.DatabaseClosedError())).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError in the message only'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a chain that loops ends', () => {
    const a: { name: string; inner?: unknown } = { name: 'AbortError' };
    a.inner = a;
    expect(isQuotaError(a)).toBe(false);
  });
});
