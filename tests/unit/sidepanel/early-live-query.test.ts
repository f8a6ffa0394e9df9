import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import type { KefuDatabase } from '../../../lib/db/database';
import { claimEarlyQuery, startEarlyQuery } from '../../../lib/sidepanel/early-live-query';
import { freshDatabasesPerTest } from '../db/make-capture';

const db = freshDatabasesPerTest();

const profile = (key: string): AgentProfile => ({ key, aliases: [], isMe: false });

/** A querier that counts its runs: the profiles' keys, sorted. */
function countedKeys(d: KefuDatabase) {
  const runs = { count: 0 };
  const querier = async () => {
    runs.count += 1;
    return (await d.agents.toArray()).map((p) => p.key).sort();
  };
  return { runs, querier };
}

/** The next `n` values a subscriber sees. */
function values<T>(subscribe: (next: (v: T) => void) => { unsubscribe(): void }, n: number): Promise<{ seen: T[]; stop: () => void }> {
  return new Promise((resolve) => {
    const seen: T[] = [];
    const subscription = subscribe((v) => {
      seen.push(v);
      if (seen.length === n) resolve({ seen, stop: () => subscription.unsubscribe() });
    });
  });
}

const settle = () => new Promise((r) => setTimeout(r, 30));

describe('early live queries (side panel boot)', () => {
  it('runs before anyone subscribes, and hands its result to the one that claims it', async () => {
    const d = db();
    await d.agents.put(profile('旗舰店:小美'));
    const { runs, querier } = countedKeys(d);
    startEarlyQuery('keys-a', querier);
    await settle();
    expect(runs.count).toBe(1);

    const query = claimEarlyQuery<string[]>('keys-a')!;
    expect(query.hasValue()).toBe(true);
    expect(query.getValue()).toEqual(['旗舰店:小美']);
    const { seen, stop } = await values<string[]>((next) => query.subscribe(next), 1);
    expect(seen).toEqual([['旗舰店:小美']]);
    expect(runs.count).toBe(1); // taken over, not read again
    stop();
  });

  it('is claimed once: a second claim (or an unknown key) gets nothing', async () => {
    const { querier } = countedKeys(db());
    startEarlyQuery('keys-b', querier);
    expect(claimEarlyQuery('keys-b')).toBeDefined();
    expect(claimEarlyQuery('keys-b')).toBeUndefined();
    expect(claimEarlyQuery('keys-never-started')).toBeUndefined();
  });

  it('stays live: a write in its range reaches the subscriber', async () => {
    const d = db();
    const { querier } = countedKeys(d);
    startEarlyQuery('keys-c', querier);
    const query = claimEarlyQuery<string[]>('keys-c')!;
    const seen: string[][] = [];
    let wake = () => {};
    const subscription = query.subscribe((v) => {
      seen.push(v);
      wake();
    });
    const until = (n: number) =>
      new Promise<void>((resolve) => {
        wake = () => {
          if (seen.length >= n) resolve();
        };
        wake();
      });
    // The write comes after the first result, not after a fixed delay: on a loaded machine the first
    // read may take longer than any delay, and would then already see the write.
    await until(1);
    await d.agents.put(profile('旗舰店:阿强'));
    await until(2);
    expect(seen).toEqual([[], ['旗舰店:阿强']]);
    subscription.unsubscribe();
  });

  it('ends with its last subscriber: later writes run nothing', async () => {
    const d = db();
    const { runs, querier } = countedKeys(d);
    startEarlyQuery('keys-d', querier);
    const query = claimEarlyQuery<string[]>('keys-d')!;
    const { stop } = await values<string[]>((next) => query.subscribe(next), 1);
    stop();
    await settle();
    const before = runs.count;
    await d.agents.put(profile('旗舰店:小李'));
    await settle();
    expect(runs.count).toBe(before);
  });
});
