import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { quietProgressInfo } from '../../../lib/sync/quiet-progress-info';
import { MemoryPouch } from './memory-pouch';

/** A port with nothing listening: every request to it fails as a stopped server's would. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('quietProgressInfo: the replicator’s unwatched progress call on a server that went away', () => {
  afterEach(() => {
    process.off('unhandledRejection', record);
    unhandled.length = 0;
  });

  it('a `.then` nobody handles is not reported, but awaiting still rejects with the fetch failure', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/kefu-shop`;
    const remote = quietProgressInfo(new MemoryPouch(url, { skip_setup: true }));
    process.on('unhandledRejection', record);
    // What PouchDB's replicator does after each batch.
    void remote.info().then(() => 'progress');
    await settle();
    expect(unhandled).toEqual([]);
    await expect(remote.info()).rejects.toThrow(/fetch failed/);
    await expect(remote.info().then(() => 'chained')).rejects.toThrow(/fetch failed/);
  });

  it('answers as before when the server is there', async () => {
    const local = quietProgressInfo(new MemoryPouch(`quiet-${Math.random()}`, { adapter: 'memory' }));
    await local.put({ _id: 'a' });
    expect((await local.info()).doc_count).toBe(1);
    expect(await local.info().then((i) => i.update_seq)).toBe(1);
  });
});
