import type { KefuDatabase } from '../db';

/** Hashes of every report file the capture log records as imported. */
export async function importedFileHashes(db: KefuDatabase): Promise<Set<string>> {
  const hashes = new Set<string>();
  // The log holds one entry per capture or import (thousands at most): a scan is cheaper than an index
  // every capture would pay for.
  await db.captures.each((c) => {
    if (c.origin === 'file_import' && c.file) hashes.add(c.file.hash);
  });
  return hashes;
}
