import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAliveWhile } from '../../../lib/background/keep-alive-while';

describe('keepAliveWhile', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('pings every interval while the work runs, and stops once it is done', async () => {
    let finish!: (v: string) => void;
    const work = new Promise<string>((resolve) => (finish = resolve));
    const ping = vi.fn(() => Promise.resolve({ os: 'linux' }));
    const kept = keepAliveWhile(work, ping, 20_000);
    await vi.advanceTimersByTimeAsync(65_000);
    expect(ping).toHaveBeenCalledTimes(3);
    finish('upgraded');
    await expect(kept).resolves.toBe('upgraded');
    await vi.advanceTimersByTimeAsync(100_000);
    expect(ping).toHaveBeenCalledTimes(3);
  });

  it('stops on failure too, passes the failure on, and survives pings that throw or reject', async () => {
    let fail!: (e: Error) => void;
    const work = new Promise<never>((_, reject) => (fail = reject));
    let calls = 0;
    const ping = () => {
      calls += 1;
      if (calls === 1) throw new Error('extension context invalidated');
      return Promise.reject(new Error('no'));
    };
    const kept = keepAliveWhile(work, ping, 1_000);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(calls).toBe(2);
    fail(new Error('VersionError'));
    await expect(kept).rejects.toThrow('VersionError');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toBe(2);
  });
});
