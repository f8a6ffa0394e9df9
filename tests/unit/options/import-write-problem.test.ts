import { describe, expect, it } from 'vitest';
import { importWriteProblem } from '../../../lib/options/import-write-problem';
import { say } from '../../../lib/i18n/translate';

describe('importWriteProblem', () => {
  it('words a full storage as such, also when Dexie wraps the browser error', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    for (const error of [quota, wrapped]) {
      expect(importWriteProblem(error)).toEqual({ key: 'errorStorageFull' });
      expect(say(importWriteProblem(error))).toContain('浏览器存储空间已满');
    }
  });
  it('passes any other error on with its message', () => {
    expect(say(importWriteProblem(new Error('disk I/O error')))).toContain('disk I/O error');
    expect(importWriteProblem('boom').key).toBe('importWriteFailed');
  });
});
