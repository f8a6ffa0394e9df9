import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { exportCsv } from '../../../lib/io/export-csv';
import { guardCell, unguardCell } from '../../../lib/io/csv-formula-guard';
import { valueRecordsOf } from '../../../lib/db/write-capture';
import { makeCapture } from '../db/make-capture';
import type { ValueRecord } from '../../../lib/model/schemas/records';

const AT = new Date('2026-11-21T01:02:03.000Z');

function lines(csv: string): string[] {
  return csv.split('\r\n');
}

describe('exportCsv', () => {
  it('starts with a BOM and the header; the first five columns are the contract', () => {
    const csv = exportCsv([]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv.slice(1))[0]).toBe('period_start,period_end,agent,metric,value,unit,row_kind,source,console,captured_at,period_guessed');
  });

  it('writes one row per value in canonical units, missing as an empty cell, sorted', () => {
    const capture = makeCapture();
    const later = makeCapture({ period: { start: '2026-11-21', end: '2026-11-21' } });
    // Input deliberately out of order: later period first, rows reversed.
    const rows = [...valueRecordsOf(later, 2, AT), ...valueRecordsOf(capture, 1, AT).reverse()];
    const out = lines(exportCsv(rows).slice(1));
    // The source holds commas (the table key lists its metrics), so it is quoted.
    const source = '"sycm|https://sycm.taobao.com/qos/service/frame/team|avg_response_time,inquiry_conversion_rate,reply_rate"';
    expect(out.slice(1, 11)).toEqual([
      // Agents first (by label), metrics in catalog order (conversion, then response time, then reply rate), then benchmark rows.
      `2026-11-20,2026-11-20,旗舰店:小美,inquiry_conversion_rate,45.67,percent,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,旗舰店:小美,avg_response_time,25.3,seconds,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1,percent,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,旗舰店:阿强,inquiry_conversion_rate,38.2,percent,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,旗舰店:阿强,avg_response_time,,seconds,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,旗舰店:阿强,reply_rate,99,percent,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,均值,inquiry_conversion_rate,41.9,percent,team_average,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,均值,avg_response_time,25.3,seconds,team_average,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-20,2026-11-20,均值,reply_rate,97.55,percent,team_average,${source},sycm,2026-11-21T01:02:03.000Z,false`,
      `2026-11-21,2026-11-21,旗舰店:小美,inquiry_conversion_rate,45.67,percent,agent,${source},sycm,2026-11-21T01:02:03.000Z,false`,
    ]);
    expect(out).toHaveLength(1 + 18 + 1); // header, values, trailing empty line
    expect(out[19]).toBe('');
  });

  it('writes numbers plainly: no thousands separators, negatives and zero as numbers', () => {
    const base = valueRecordsOf(makeCapture({ metrics: ['sales_amount'], rows: [{ label: 'a', kind: 'agent', values: { sales_amount: 1234567.5 } }] }), 1, AT)[0]!;
    const rows: ValueRecord[] = [
      base,
      { ...base, id: 'b', label: 'b', value: -3.5 },
      { ...base, id: 'c', label: 'c', value: 0 },
    ];
    const values = Papa.parse<string[]>(exportCsv(rows).slice(1), { skipEmptyLines: true }).data.slice(1).map((r) => r[4]);
    expect(values).toEqual(['1234567.5', '-3.5', '0']);
  });

  it('quotes labels with commas, quotes, colons and newlines, and guards formula-like labels', () => {
    const tricky = ['店,铺:小"美"', '第一行\n第二行', '=HYPERLINK("http://x","点我")', '+86 客服', '-小王-', '@客服', "'已转义", ' 不会出现 '.trim()];
    const capture = makeCapture({ metrics: ['reply_rate'], rows: tricky.map((label) => ({ label, kind: 'agent' as const, values: { reply_rate: 1 } })) });
    const parsed = Papa.parse<string[]>(exportCsv(valueRecordsOf(capture, 1, AT)).slice(1), { skipEmptyLines: true }).data.slice(1);
    const agents = parsed.map((r) => r[2]!);
    // What a spreadsheet sees: nothing that starts with = + - @ is left bare.
    expect(agents.filter((a) => /^[=+\-@]/.test(a))).toEqual([]);
    expect(agents).toContain(`'=HYPERLINK("http://x","点我")`);
    expect(agents).toContain("''已转义");
    // And the guard is undone exactly.
    expect(agents.map(unguardCell).sort()).toEqual([...tricky].sort());
  });
});

describe('formula guard', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'x", "''x", 'plain', '店铺:小美', ''])('round-trips %j', (text) => {
    expect(unguardCell(guardCell(text))).toBe(text);
  });
});
