import { buildFilePreview } from './build-preview';
import { importedFileHashes } from './imported-hashes';
import type { ImportPreview, ReadReportOptions, ReportFileInput } from './types';

/**
 * Reads a batch of dropped or picked files into a preview; writes nothing. Files are read one after
 * the other (a 20 MB workbook expands a lot in memory). A file already in the capture log (by hash,
 * when `options.db` is given) or twice in the batch is marked `alreadyImported`.
 */
export async function readReportFiles(files: readonly ReportFileInput[], options: ReadReportOptions): Promise<ImportPreview> {
  const previews = [];
  for (let i = 0; i < files.length; i++) previews.push(await buildFilePreview(files[i]!, i, options.today));
  const known = options.db ? await importedFileHashes(options.db) : new Set<string>();
  for (const file of previews) {
    if (file.hash === '') continue;
    if (known.has(file.hash)) file.alreadyImported = true;
    else known.add(file.hash);
  }
  return { files: previews };
}
