import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { WORKBOOK_READ_OPTIONS } from '../../../lib/import/read-workbook';
import { yearExport } from '../../fixtures/exports';

/**
 * The benchmark file of issue 4: 365 days × 50 agents per-day export (18,250 rows × 12 metrics). The
 * parse time is printed, not asserted (machines differ); the README figure comes from the bench.
 */
describe('a year of per-day rows', () => {
  it.each(['xlsx', 'csv'] as const)('parses the %s export and keeps every value', async (bookType) => {
    const f = yearExport(365, 50, { bookType });
    const bytes = f.bytes();
    // Warm-up: the first call pays for loading SheetJS and compiling the parsers.
    await readReportFiles([{ name: 'warm.xlsx', bytes: yearExport(3, 5).bytes() }], { today: '2026-11-26' });
    const t0 = performance.now();
    const preview = await readReportFiles([{ name: f.name, bytes }], { today: '2026-11-26' });
    const ms = performance.now() - t0;
    const sheet = preview.files[0]!.sheets[0]!;
    // SheetJS's share, for the record: the same read alone.
    let library = '';
    if (bookType === 'xlsx') {
      const t1 = performance.now();
      XLSX.read(bytes, { ...WORKBOOK_READ_OPTIONS, type: 'array' });
      library = `, of which SheetJS's own read ≈ ${(performance.now() - t1).toFixed(0)} ms`;
    }
    console.log(`year export (${bookType}, ${(bytes.length / 1e6).toFixed(2)} MB): ${sheet.rows.length} rows × ${sheet.metrics.length} metrics parsed in ${ms.toFixed(0)} ms${library}`);
    expect(sheet.rows).toHaveLength(365 * 50);
    expect(sheet.metrics).toHaveLength(12);
    expect(sheet.period).toEqual({ kind: 'date-column', start: '2025-11-26', end: '2026-11-25', days: 365 });
    expect(sheet.valueCount).toBe(f.expected.length);
    expect(sheet.problems).toEqual([]);
  }, 60_000);
});
