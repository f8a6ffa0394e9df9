import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../scripts/sync-setup.mjs';

/**
 * pouchdb-server on a free port, in a temp dir (it writes config.json and log.txt into its cwd). In memory
 * by default; `persistent` keeps the databases in LevelDB files in that dir, so a restart finds them again
 * (a server that went down mid-sync and came back).
 */
export interface SyncServer {
  url: string;
  port: number;
  /** The admin's Authorization header, for checks the test makes on the server itself. */
  adminAuth: string;
  /** Stops it and removes its dir. */
  stop(): Promise<void>;
  /** Stops it and keeps its dir (persistent: the data survives), as a server that went down. */
  halt(): Promise<void>;
  /** As halt, but a crash (SIGKILL): no chance to finish what it was writing. */
  kill(): Promise<void>;
  /** Starts it again on the same port (in memory: empty; persistent: with its data), and runs the same setup. */
  restart(): Promise<void>;
}

export interface SyncServerConfig {
  shops: string[];
  managers: string[];
  agents: string[];
  persistent?: boolean;
  /** setup's --own: ACCOUNT=店铺:昵称, one read-only database per agent. */
  own?: string[];
}

const ADMIN = { name: 'admin', password: 'admin-pw' };

/**
 * pouchdb-server with the fix of stand-in-validation-fix.mjs preloaded (replicated updates were dropped);
 * persistent: LevelDB files in `dir`, kept across a restart, as a CouchDB restart keeps them.
 */
function spawnStandIn(port: number, persistent: boolean, dir: string): ChildProcess {
  const bin = join(process.cwd(), 'node_modules/pouchdb-server/bin/pouchdb-server');
  const fix = pathToFileURL(join(process.cwd(), 'tests/support/stand-in-validation-fix.mjs')).href;
  const args = ['--import', fix, bin, ...(persistent ? [] : ['--in-memory']), '--port', String(port)];
  return spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
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
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not start at ${url}`);
}

export async function startSyncServer(config: SyncServerConfig): Promise<SyncServer> {
  const { persistent = false, ...accounts } = config;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kefu-couch-'));
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  const adminAuth = 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64');
  const start = async () => {
    child = spawnStandIn(port, persistent, dir);
    await waitUp(url);
    // First start: the server has no admin yet and takes this unauthenticated. A persistent server that
    // restarts has it already (config.json) and wants the admin's own credentials to set it again.
    const setAdmin = (headers: Record<string, string>) => fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password), headers });
    const first = await setAdmin({});
    if (first.status === 401) await setAdmin({ Authorization: adminAuth });
    // CouchDB 3 ships with CORS off; the stand-in answers every origin unless told otherwise. Off, as on the
    // real server, so an extension reaches it only through its host permission for the server's origin.
    await fetch(`${url}/_config/httpd/enable_cors`, { method: 'PUT', body: '"false"', headers: { Authorization: adminAuth } });
    await setup({ url: `http://${ADMIN.name}:${ADMIN.password}@127.0.0.1:${port}`, ...accounts, log: () => {} });
  };
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    if (!c || c.exitCode !== null || c.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill(signal);
    });
  };
  const halt = () => end('SIGTERM');
  await start();
  return {
    url,
    port,
    adminAuth,
    halt,
    kill: () => end('SIGKILL'),
    restart: async () => {
      await halt();
      await start();
    },
    stop: async () => {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
