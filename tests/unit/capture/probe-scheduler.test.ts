// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { scheduleProbes } from '../../../lib/capture/probe-scheduler';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const timing = { probeMs: 1000, busyForMs: 5000, idleProbeMs: 5000 };

describe('scheduleProbes', () => {
  test('every second for the first 5 s, then every 5 s; a click or a key makes it every second again at once', () => {
    vi.useFakeTimers();
    const probe = vi.fn();
    const probes = scheduleProbes(window, probe, timing);
    vi.advanceTimersByTime(5000);
    expect(probe).toHaveBeenCalledTimes(5); // 1 … 5 s
    vi.advanceTimersByTime(9999);
    expect(probe).toHaveBeenCalledTimes(6); // 10 s; the next at 15 s
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(1000);
    expect(probe).toHaveBeenCalledTimes(7); // a second after the click, not at 15 s
    vi.advanceTimersByTime(4000);
    expect(probe).toHaveBeenCalledTimes(11);
    window.dispatchEvent(new KeyboardEvent('keydown')); // still busy: the running second goes on
    vi.advanceTimersByTime(5000);
    expect(probe).toHaveBeenCalledTimes(16);
    vi.advanceTimersByTime(10_000);
    expect(probe).toHaveBeenCalledTimes(18);
    probes.stop();
    window.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(60_000);
    expect(probe).toHaveBeenCalledTimes(18);
  });

  test('a hidden frame is not probed; it is the moment it shows again', () => {
    vi.useFakeTimers();
    let hidden = true;
    vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
    const probe = vi.fn();
    const probes = scheduleProbes(window, probe, timing);
    vi.advanceTimersByTime(30_000);
    expect(probe).not.toHaveBeenCalled();
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(probe).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(probe).toHaveBeenCalledTimes(2); // busy again after showing
    probes.stop();
  });
});
