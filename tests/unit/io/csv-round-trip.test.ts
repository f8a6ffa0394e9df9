import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { KefuDatabase } from '../../../lib/db/database';
import { latestValues, wipeAll } from '../../../lib/db/queries';
import { writeCapture } from '../../../lib/db/write-capture';
import { exportCsv } from '../../../lib/io/export-csv';
import { applyCsvImport, importCsv } from '../../../lib/io/apply-csv-import';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';
import { storedValues } from '../db/stored-values';

const db = freshDatabasesPerTest();

const T1 = new Date('2026-11-21T01:00:00.000Z');
const T2 = new Date('2026-11-21T02:00:00.000Z');
const IMPORTED = new Date('2026-12-01T08:00:00.000Z');

/** The contract part of each data row, as a spreadsheet would read it. */
function contractRows(csv: string): string[][] {
  const data = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = data[0]!;
  const pick = ['period_start', 'period_end', 'agent', 'metric', 'value', 'row_kind'].map((c) => header.indexOf(c));
  return data.slice(1).map((row) => pick.map((i) => row[i]!));
}

async function seed(d: KefuDatabase): Promise<void> {
  await writeCapture(d, makeCapture(), T1);
  await writeCapture(
    d,
    makeCapture({
      source: { console: 'chitu', pageUrl: 'https://kpi.topchitu.com/r', frameUrl: 'https://kpi.topchitu.com/r', tableKey: 'https://kpi.topchitu.com/r|reply_rate' },
      period: { start: '2026-11-14', end: '2026-11-20', guessed: true, evidence: '' },
      metrics: ['reply_rate', 'sales_amount'],
      rows: [
        { label: '=HYPERLINK("http://x")', kind: 'agent', values: { reply_rate: 91, sales_amount: 1234567.89 } },
        { label: '店,铺:"小美"\n二号', kind: 'agent', values: { reply_rate: null, sales_amount: -12.5 } },
        { label: "'引号", kind: 'agent', values: { reply_rate: 0, sales_amount: 0.000001 } },
        { label: '同行同层优秀', kind: 'peer_top', values: { reply_rate: 99.9, sales_amount: null } },
      ],
    }),
    T2,
  );
}

describe('CSV export → wipe → import → export', () => {
  it('gives the same CSV rows back, tricky labels, benchmarks and missing values included', async () => {
    const d = db();
    await seed(d);
    const first = exportCsv(await latestValues(d));
    await wipeAll(d);
    const result = await importCsv(d, first, IMPORTED);
    // Clearing a store does not reset its key generator: capture ids are never reused.
    expect(result).toEqual({ ok: true, captureId: 3, valuesWritten: 17 });
    const second = exportCsv(await latestValues(d));

    expect(contractRows(second)).toEqual(contractRows(first));
    // Source, console, captured_at and the guessed flag come back too, so the whole file is the same.
    expect(second).toBe(first);
    const missing = contractRows(second).filter((r) => r[4] === '');
    expect(missing.map((r) => `${r[2]}/${r[3]}`).sort()).toEqual(['同行同层优秀/sales_amount', '店,铺:"小美"\n二号/reply_rate', '旗舰店:阿强/avg_response_time'].sort());
    // Zero stays 0 (not missing), tiny numbers stay plain enough to read back, the apostrophe is doubled.
    expect(contractRows(second).filter((r) => r[2] === "''引号")).toEqual([
      ['2026-11-14', '2026-11-20', "''引号", 'sales_amount', '0.000001', 'agent'],
      ['2026-11-14', '2026-11-20', "''引号", 'reply_rate', '0', 'agent'],
    ]);
  });

  it('logs the import as one capture and merges its snapshots', async () => {
    const d = db();
    await seed(d);
    const csv = exportCsv(await latestValues(d));
    await wipeAll(d);
    await importCsv(d, csv, IMPORTED);
    const [log] = await d.captures.toArray();
    expect(log).toMatchObject({
      id: 3,
      origin: 'csv_import',
      capturedAt: IMPORTED.toISOString(),
      sourceKey: 'import|csv',
      period: { start: '2026-11-14', end: '2026-11-20', guessed: false },
      agentCount: 5,
      benchmarkCount: 2,
      valueCount: 17,
    });
    expect(log!.metrics).toEqual(['inquiry_conversion_rate', 'sales_amount', 'avg_response_time', 'reply_rate']);
    const snapshots = await d.snapshots.toArray();
    expect(snapshots.map((s) => [s.periodStart, s.periodEnd, s.labels.length, s.captureIds, s.lastCapturedAt]).sort()).toEqual([
      ['2026-11-14', '2026-11-20', 4, [3], T2.toISOString()],
      ['2026-11-20', '2026-11-20', 3, [3], T1.toISOString()],
    ]);
  });
});

describe('applyCsvImport', () => {
  const header = 'period_start,period_end,agent,metric,value';

  it('files rows without a source under import|csv and stamps them with the import time', async () => {
    const d = db();
    const result = await importCsv(d, `${header}\n2026-11-20,2026-11-20,小美,reply_rate,96.1\n2026-11-20,2026-11-20,小美,avg_response_time,`, IMPORTED);
    expect(result).toEqual({ ok: true, captureId: 1, valuesWritten: 2 });
    const values = await storedValues(d);
    expect(values.map((v) => [v.sourceKey, v.console, v.label, v.metric, v.value, v.rowKind, v.captureId, v.capturedAt]).sort()).toEqual([
      ['import|csv', 'custom', '小美', 'avg_response_time', null, 'agent', 1, IMPORTED.toISOString()],
      ['import|csv', 'custom', '小美', 'reply_rate', 96.1, 'agent', 1, IMPORTED.toISOString()],
    ]);
  });

  it('replaces values under the same key, adding to the existing snapshot', async () => {
    const d = db();
    await importCsv(d, `${header}\n2026-11-20,2026-11-20,小美,reply_rate,96.1`, T1);
    await importCsv(d, `${header}\n2026-11-20,2026-11-20,小美,reply_rate,90\n2026-11-20,2026-11-20,阿强,reply_rate,80`, T2);
    expect((await storedValues(d)).map((v) => [v.label, v.value, v.captureId]).sort()).toEqual([
      ['小美', 90, 2],
      ['阿强', 80, 2],
    ]);
    expect(await d.snapshots.toArray()).toEqual([
      expect.objectContaining({ labels: ['小美', '阿强'], captureIds: [1, 2], firstCapturedAt: T1.toISOString(), lastCapturedAt: T2.toISOString() }),
    ]);
  });

  it('changes nothing when the file has an error, even on line 7 of a valid-looking file', async () => {
    const d = db();
    await seed(d);
    const before = [await storedValues(d), await d.captures.toArray(), await d.snapshots.toArray()];
    const rows = Array.from({ length: 5 }, (_, i) => `2026-11-22,2026-11-22,客服${i},reply_rate,9${i}`);
    rows.push('2026-11-22,2026-11-22,客服9,reply_rate,九十');
    const result = await importCsv(d, [header, ...rows].join('\r\n'), IMPORTED);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ line: 7, column: 'value' })] });
    expect([await storedValues(d), await d.captures.toArray(), await d.snapshots.toArray()]).toEqual(before);
  });

  it('writes nothing for zero rows', async () => {
    const d = db();
    expect(await applyCsvImport(d, [], IMPORTED)).toEqual({ captureId: null, valuesWritten: 0 });
    expect(await d.captures.count()).toBe(0);
  });
});
