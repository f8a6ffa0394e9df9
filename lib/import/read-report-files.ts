import { buildFilePreview } from './build-preview';
import { importedFileHashes } from './imported-hashes';
import type { ImportPreview, ReadReportOptions, ReportFileInput } from './types';

/**
 * Reads a batch of dropped or picked files into a preview; writes nothing. Files are read one after
 * the other (a 20 MB workbook expands a lot in memory). A file already in the capture log (by hash,
 * when `options.db` is given) or twice in the batch is marked `alreadyImported`; a second copy in the
 * batch also names the first (`duplicateOf`), so the preview does not claim it was imported before.
 */
export async function readReportFiles(files: readonly ReportFileInput[], options: ReadReportOptions): Promise<ImportPreview> {
  const previews = [];
  for (let i = 0; i < files.length; i++) previews.push(await buildFilePreview(files[i]!, i, options.today));
  const imported = options.db ? await importedFileHashes(options.db) : new Set<string>();
  const inBatch = new Map<string, string>();
  for (const file of previews) {
    if (file.hash === '') continue;
    const first = inBatch.get(file.hash);
    if (imported.has(file.hash)) file.alreadyImported = true;
    else if (first !== undefined) Object.assign(file, { alreadyImported: true, duplicateOf: first });
    else inBatch.set(file.hash, file.name);
  }
  return { files: previews };
}
