import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../../scripts/sync-setup.mjs';

/**
 * The CouchDB stand-in for this folder's fault tests: pouchdb-server through pouchdb-stand-in.mjs (which
 * fixes its validation plugin dropping replicated updates), either in memory or persistent (leveldown in
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

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitUp(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`pouchdb-server did not start at ${url}`);
}

export async function startStandIn(config: StandInConfig): Promise<StandIn> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kefu-stand-in-'));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = [join(process.cwd(), 'tests/unit/sync/pouchdb-stand-in.mjs'), ...(config.persistent ? [] : ['--in-memory']), '--port', String(port)];
    child = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
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
