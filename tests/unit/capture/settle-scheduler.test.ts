import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createSettleScheduler } from '../../../lib/capture/settle-scheduler';

describe('createSettleScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('runs once, between quietMs and 2×quietMs after the last change', () => {
    const run = vi.fn();
    const s = createSettleScheduler(run, { quietMs: 500, maxWaitMs: 3000 });
    s.poke();
    vi.advanceTimersByTime(300);
    s.poke(); // last change at 300
    vi.advanceTimersByTime(499); // 799: still inside two windows of the last change
    expect(run).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(201); // 1000: a whole window (500–1000) without change
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('a single change runs after exactly quietMs', () => {
    const run = vi.fn();
    const s = createSettleScheduler(run, { quietMs: 500, maxWaitMs: 3000 });
    s.poke();
    vi.advanceTimersByTime(499);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('under constant churn it still runs about every maxWaitMs', () => {
    const run = vi.fn();
    const s = createSettleScheduler(run, { quietMs: 500, maxWaitMs: 2000 });
    for (let t = 0; t < 7000; t += 100) {
      s.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).toHaveBeenCalledTimes(3);
  });

  test('dispose cancels pending runs', () => {
    const run = vi.fn();
    const s = createSettleScheduler(run, { quietMs: 100, maxWaitMs: 1000 });
    s.poke();
    s.dispose();
    s.poke();
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
