/**
 * What a file is, by its first bytes (the name can lie: a PNG renamed .xlsx, a CSV saved as .xls).
 * - `zip`: an .xlsx/.xlsm workbook (or any zip: the reader decides);
 * - `cfb`: an OLE compound file, the legacy .xls;
 * - `text`: CSV/TSV, or an HTML table saved as .xls (some consoles export that);
 * - `binary`: anything else (images, PDFs, executables): not a spreadsheet.
 */
export type FileKind = 'zip' | 'cfb' | 'text' | 'binary';

/** File endings the import accepts; others are refused by name before their bytes are looked at. */
export const SPREADSHEET_EXTENSIONS: ReadonlySet<string> = new Set(['xlsx', 'xlsm', 'xls', 'csv', 'tsv', 'txt']);

/** The ending of a file name, lower-case, without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

const SNIFF_BYTES = 4096;

export function fileKindOf(bytes: Uint8Array): FileKind {
  const b = bytes;
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'cfb';
  // UTF-16 text is full of NULs: its BOM says it is text.
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return 'text';
  const end = Math.min(b.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const c = b[i]!;
    // Control bytes other than tab, line breaks, form feed and ESC do not occur in text files.
    if (c < 0x09 || (c > 0x0d && c < 0x20 && c !== 0x1b) || c === 0x7f) return 'binary';
  }
  return 'text';
}

/** True when decoded text is an HTML document or table (an "xls" some consoles write as HTML). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|table|\?xml)/i.test(text.slice(0, 1024));
}
