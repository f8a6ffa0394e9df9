import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// @ts-expect-error the setup script is plain JavaScript
import { setup } from '../../scripts/sync-setup.mjs';

/** pouchdb-server --in-memory on a free port, in a temp dir (it writes config.json and log.txt into its cwd). */
export interface SyncServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port (in memory: empty), and runs the same setup. */
  restart(): Promise<void>;
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

export async function startSyncServer(config: { shops: string[]; managers: string[]; agents: string[]; own?: string[] }): Promise<SyncServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kefu-couch-'));
  let child: ChildProcess | undefined;
  const url = `http://127.0.0.1:${port}`;
  const start = async () => {
    // With the fix of stand-in-validation-fix.mjs preloaded (replicated updates were dropped).
    const bin = join(process.cwd(), 'node_modules/pouchdb-server/bin/pouchdb-server');
    const fix = pathToFileURL(join(process.cwd(), 'tests/support/stand-in-validation-fix.mjs')).href;
    child = spawn(process.execPath, ['--import', fix, bin, '--in-memory', '--port', String(port)], { cwd: dir, stdio: 'ignore' });
    await waitUp(url);
    await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: '"admin-pw"' });
    await setup({ url: `http://admin:admin-pw@127.0.0.1:${port}`, ...config, log: () => {} });
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
    });
  };
  await start();
  return {
    url,
    port,
    restart: start,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
