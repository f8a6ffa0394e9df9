import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { RESEND_DELAYS_MS, resend } from '../../../lib/messages/resend';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** An attempt that fails `failures` times (recording when each call came), then answers `answer`. */
function flaky(failures: number, answer = 'stored') {
  const calls: number[] = [];
  const attempt = () => {
    calls.push(Date.now());
    return calls.length <= failures ? Promise.reject(new Error(`no answer ${calls.length}`)) : Promise.resolve(answer);
  };
  return { attempt, calls };
}

describe('resend', () => {
  test('an answer at the first try is returned at once, with no resend', async () => {
    const { attempt, calls } = flaky(0);
    await expect(resend(attempt, [100, 200])).resolves.toBe('stored');
    expect(calls).toHaveLength(1);
  });

  test('resends after each failure, waiting each delay in turn, until the background answers', async () => {
    const start = Date.now();
    const { attempt, calls } = flaky(2);
    const result = resend(attempt, [100, 200, 400]);
    await vi.advanceTimersByTimeAsync(99);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(199);
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('stored');
    expect(calls.map((at) => at - start)).toEqual([0, 100, 300]);
  });

  test('gives up after the last delay with the last failure: one try more than delays, no more', async () => {
    const { attempt, calls } = flaky(10);
    const result = resend(attempt, [100, 200]);
    const settled = expect(result).rejects.toThrow('no answer 3');
    await vi.advanceTimersByTimeAsync(10_000);
    await settled;
    expect(calls).toHaveLength(3);
  });

  test('the content script waits 1, 2, 4 and 8 s: five tries over 15 s, longer than a worker restart', () => {
    expect(RESEND_DELAYS_MS).toEqual([1000, 2000, 4000, 8000]);
    expect(RESEND_DELAYS_MS.reduce((a, b) => a + b, 0)).toBe(15_000);
  });
});
