import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../../scripts/sync-setup.mjs';
import { freePort, spawnStandIn, waitUp } from '../../support/sync-server';

/**
 * The CouchDB stand-in for this folder's fault tests: pouchdb-server as tests/support/sync-server.ts starts it
 * (with the fix of its validation plugin dropping replicated updates), either in memory or persistent (leveldown in
 * a temp dir, so a restart keeps the data, as a CouchDB restart does). `kill` is a crash (SIGKILL).
 */
export interface StandIn {
  url: string;
  /** Admin's Authorization header. */
  admin: string;
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** Starts it again on the same port (persistent: with its data) and runs the setup again. */
  restart(): Promise<void>;
  dispose(): Promise<void>;
}

export interface StandInConfig {
  shops: string[];
  managers: string[];
  agents: string[];
  persistent?: boolean;
}

export async function startStandIn(config: StandInConfig): Promise<StandIn> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kefu-stand-in-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawnStandIn(port, config.persistent ?? false, dir);
    await waitUp(url);
    // A persistent server kept its admin in config.json: then this answers 401 and changes nothing.
    await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: '"admin-pw"' });
    await setup({ url: `http://admin:admin-pw@127.0.0.1:${port}`, shops: config.shops, managers: config.managers, agents: config.agents, log: () => {} });
  };
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill(signal);
    });
  };
  await start();
  return {
    url,
    admin: 'Basic ' + Buffer.from('admin:admin-pw').toString('base64'),
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    restart: start,
    dispose: async () => {
      await end('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
