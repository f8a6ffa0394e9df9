import { csvGrid } from './csv-grid';
import { decodeText } from './decode-text';
import { detectConsole } from './detect-console';
import { fileHash } from './file-hash';
import { extensionOf, fileKindOf, looksLikeHtml, SPREADSHEET_EXTENSIONS } from './file-kind';
import { fileMessages } from './import-messages';
import { MAX_REPORT_FILE_BYTES } from './limits';
import { readWorkbook, type NamedGrid } from './read-workbook';
import { sheetPreview } from './sheet-preview';
import { reportSourceKey } from './source-key';
import type { FilePreview, ReportFileInput, SheetPreview } from './types';

/**
 * One file → its preview, or a clear reason it cannot be imported. Order of checks: size (a 50 MB file
 * is not even hashed), name ending, content kind (a PNG renamed .xlsx), readability (a truncated zip),
 * then each sheet. Never throws for a bad file: the other files of the batch are still previewed.
 */
export async function buildFilePreview(input: ReportFileInput, index: number, today: string): Promise<FilePreview> {
  const { name, bytes } = input;
  const preview: FilePreview = {
    id: `${index}:${name}`,
    name,
    size: bytes.length,
    hash: '',
    error: null,
    alreadyImported: false,
    duplicateOf: null,
    console: 'custom',
    sheets: [],
    skippedSheets: [],
  };
  if (bytes.length > MAX_REPORT_FILE_BYTES) return { ...preview, error: fileMessages.tooBig(name, bytes.length) };
  // The digest runs off the main thread in browsers: started first, it overlaps with the parse.
  const hashing = fileHash(bytes);
  const done = async (error: FilePreview['error']): Promise<FilePreview> => ({ ...preview, hash: await hashing, error });
  const kind = fileKindOf(bytes);
  if (!SPREADSHEET_EXTENSIONS.has(extensionOf(name)) || kind === 'binary') return done(fileMessages.notSpreadsheet(name));
  if (bytes.length === 0) return done(fileMessages.empty(name));

  let grids: NamedGrid[];
  let isCsv = false;
  const titles: string[] = [];
  try {
    const text = kind === 'text' ? decodeText(bytes) : null;
    if (text !== null && !looksLikeHtml(text)) {
      isCsv = true;
      grids = [{ name, grid: csvGrid(text) }];
    } else {
      const book = await readWorkbook(text ?? bytes);
      grids = book.sheets;
      titles.push(...book.properties);
    }
  } catch {
    // The reader's own error names internals; the preview says in words which file could not be read.
    return done(fileMessages.corrupt(name));
  }

  const marks: string[] = [];
  const sheets: (Omit<SheetPreview, 'sourceKey'> & { sheetName: string | null })[] = [];
  let empty = 0;
  for (const { name: sheet, grid } of grids) {
    const outcome = sheetPreview(`${preview.id}|${sheet}`, sheet, name, grid, today);
    if (outcome.kind === 'skipped') {
      if (outcome.empty) empty++;
      preview.skippedSheets.push({ sheet, reason: outcome.reason });
      continue;
    }
    titles.push(...outcome.titles);
    marks.push(...outcome.marks);
    sheets.push({ ...outcome.preview, sheetName: isCsv ? null : sheet });
  }
  if (sheets.length === 0) return done(empty === grids.length ? fileMessages.empty(name) : fileMessages.noAgentTable(name));
  preview.console = detectConsole(name, titles, marks);
  preview.sheets = sheets.map(({ sheetName, ...sheet }) => ({ ...sheet, sourceKey: reportSourceKey(preview.console, name, sheetName) }));
  return done(null);
}
