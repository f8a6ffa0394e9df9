/**
 * Which import path a picked file takes. The extension's own files (a JSON backup, or a CSV in the export's
 * format, whose header names period_start…) keep the validated backup/CSV path (lib/io/import-file.ts);
 * other spreadsheets are console report exports and go through the preview (lib/import). Anything else
 * also takes the first path, which recognises by content and explains what it cannot read.
 */
export type ImportRoute = 'own-format' | 'report';

const REPORT_EXTENSIONS = /\.(?:xlsx|xls|csv)$/i;
const CSV_EXTENSION = /\.csv$/i;
/** A header cell `period_start`, quoted or not, as lib/io/import-file.ts recognises it. */
const OWN_HEADER = /(?:^|[,"])\s*period_start\s*(?:[,"]|$)/i;
/** The header is on the first line; a few KB is plenty and keeps a 20 MB file from being decoded twice. */
const SNIFF_BYTES = 4096;

export function importRouteOf(name: string, bytes: Uint8Array): ImportRoute {
  if (!REPORT_EXTENSIONS.test(name.trim())) return 'own-format';
  if (!CSV_EXTENSION.test(name.trim())) return 'report';
  // Non-fatal UTF-8: a GBK report decodes to replacement characters, which never spell period_start.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  return OWN_HEADER.test(firstLine) ? 'own-format' : 'report';
}

/** Splits a batch, keeping the picked order inside each group. */
export function splitImportBatch<T extends { name: string; bytes: Uint8Array }>(files: readonly T[]): { ownFormat: T[]; reports: T[] } {
  const ownFormat: T[] = [];
  const reports: T[] = [];
  for (const file of files) (importRouteOf(file.name, file.bytes) === 'report' ? reports : ownFormat).push(file);
  return { ownFormat, reports };
}
