/**
 * SheetJS CE writes no panes, so a long payroll sheet would scroll its header away. This freezes the first
 * row of one worksheet by adding the pane Excel itself writes for 视图 → 冻结首行 to the sheet's XML, through
 * the zip library SheetJS bundles (XLSX.CFB). Any surprise leaves the workbook as SheetJS wrote it.
 */

interface ZipEntry {
  content: Uint8Array | number[];
  size: number;
}

/** The part of XLSX.CFB used here (SheetJS types it as any). */
export interface ZipLibrary {
  read(data: Uint8Array, options: { type: 'array' }): { FullPaths: string[]; FileIndex: ZipEntry[] };
  write(zip: unknown, options: { type: 'array'; fileType: 'zip'; compression: boolean }): Uint8Array | number[];
}

const FROZEN_PANE = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';

export function freezeTopRow(zipLib: ZipLibrary, workbook: ArrayBuffer, sheetPath: string): ArrayBuffer {
  const zip = zipLib.read(new Uint8Array(workbook), { type: 'array' });
  const entry = zip.FileIndex[zip.FullPaths.indexOf(`Root Entry/${sheetPath}`)];
  if (!entry) return workbook;
  const xml = new TextDecoder().decode(Uint8Array.from(entry.content));
  // SheetJS writes one empty view: <sheetView workbookViewId="0"/> (with rightToLeft when the book says so).
  const frozen = xml.replace(/<sheetView( [^>]*?)?\/>/, (_, attributes: string | undefined) => `<sheetView${attributes ?? ''}>${FROZEN_PANE}</sheetView>`);
  if (frozen === xml) return workbook;
  const bytes = new TextEncoder().encode(frozen);
  entry.content = bytes;
  entry.size = bytes.length;
  const out = Uint8Array.from(zipLib.write(zip, { type: 'array', fileType: 'zip', compression: true }));
  return out.buffer;
}
