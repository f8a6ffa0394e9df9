import { afterEach, describe, expect, test, vi } from 'vitest';
import { ERROR_LOG_SIZE, reportError } from '../../../lib/log/report-error';
import { clearErrors, recentErrors } from '../../../lib/log/recent-errors';
import { errorDetail } from '../../../lib/log/error-entry';
import { LogDatabase } from '../../../lib/log/log-database';

let db: LogDatabase;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 8, minute));

describe('the error log', () => {
  test('keeps what failed, newest first, with the error\'s own words', async () => {
    db = new LogDatabase(`log-${Math.random()}`);
    await reportError('databaseOpen', Object.assign(new Error('Upgrade blocked'), { name: 'UpgradeError' }), db, at(0));
    await reportError('captureWrite', 'QuotaExceededError', db, at(1));
    expect(await recentErrors(10, db)).toEqual([
      { id: 2, at: '2026-11-27T08:01:00.000Z', kind: 'captureWrite', detail: 'QuotaExceededError' },
      { id: 1, at: '2026-11-27T08:00:00.000Z', kind: 'databaseOpen', detail: 'UpgradeError: Upgrade blocked' },
    ]);
    await clearErrors(db);
    expect(await recentErrors(10, db)).toEqual([]);
  });

  test(`is a ring: the newest ${ERROR_LOG_SIZE} stay`, async () => {
    db = new LogDatabase(`log-${Math.random()}`);
    for (let i = 0; i < ERROR_LOG_SIZE + 5; i++) await reportError('overlayPort', `failure ${i}`, db, at(i % 60));
    const kept = await recentErrors(1000, db);
    expect(kept).toHaveLength(ERROR_LOG_SIZE);
    expect(kept[0]!.detail).toBe(`failure ${ERROR_LOG_SIZE + 4}`);
    expect(kept.at(-1)!.detail).toBe('failure 5');
  });

  test('never throws: a log that cannot be written leaves the failure on the console', async () => {
    db = new LogDatabase(`log-${Math.random()}`);
    db.close();
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
    await expect(reportError('siteScripts', new Error('no'), db)).resolves.toBeUndefined();
    expect(console).toHaveBeenCalledWith('[kefu]', 'siteScripts', 'no', expect.anything());
  });

  test('a long or hostile text is cut short', () => {
    expect(errorDetail('x'.repeat(2000))).toHaveLength(501);
    expect(errorDetail(new Error('plain'))).toBe('plain');
  });
});
