import { describe, expect, it } from 'vitest';
import { firstPassEnded } from '../../../lib/sync/first-pass-ended';
import type { SyncPassResult } from '../../../lib/sync';

const pass = (at: string, problem: SyncPassResult['problem'] = null): SyncPassResult => ({ at, pushed: 0, pulled: 0, pending: 0, conflicts: [], problem });
const ON = '2026-12-05T08:00:00.000Z';

describe('firstPassEnded', () => {
  it('no pass yet, or only one from before sync was switched on: still running', () => {
    expect(firstPassEnded({ lastPass: null }, ON)).toBe(false);
    expect(firstPassEnded({ lastPass: pass('2026-12-04T23:59:59.999Z') }, ON)).toBe(false);
  });

  it('a pass that ended at or after switching on, completed or failed, has ended', () => {
    expect(firstPassEnded({ lastPass: pass(ON) }, ON)).toBe(true);
    expect(firstPassEnded({ lastPass: pass('2026-12-05T08:00:03.120Z') }, ON)).toBe(true);
    expect(firstPassEnded({ lastPass: pass('2026-12-05T08:00:03.120Z', { code: 'unreachable', detail: 'fetch failed' }) }, ON)).toBe(true);
  });
});
