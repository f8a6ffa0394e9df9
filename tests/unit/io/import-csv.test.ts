import { bilingual, worded } from '../support/words';
import { describe, expect, it, beforeEach } from 'vitest';
import { setUiLocale } from '../support/ui-locale';
import { formatCsvError, parseCsvImport } from '../../../lib/io/import-csv';

// These tests read the messages as an English-language browser shows them.
beforeEach(() => setUiLocale('en'));

const HEADER = 'period_start,period_end,agent,metric,value,unit,row_kind,source,console,captured_at,period_guessed';

function rawErrorsOf(text: string) {
  const result = parseCsvImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function errorsOf(text: string) {
  return rawErrorsOf(text).map(worded);
}

describe('parseCsvImport: good files', () => {
  it('reads the export format, with or without a BOM', () => {
    const body = `${HEADER}\r\n2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1,percent,agent,sycm|t1,sycm,2026-11-21T01:02:03.000Z,false\r\n`;
    for (const text of [body, `\uFEFF${body}`]) {
      const result = parseCsvImport(text);
      expect(result).toEqual({
        ok: true,
        rows: [
          {
            line: 2,
            periodStart: '2026-11-20',
            periodEnd: '2026-11-20',
            label: '旗舰店:小美',
            metric: 'reply_rate',
            value: 96.1,
            rowKind: 'agent',
            sourceKey: 'sycm|t1',
            console: 'sycm',
            capturedAt: '2026-11-21T01:02:03.000Z',
            periodGuessed: false,
          },
        ],
      });
    }
  });

  it('finds columns by name in any order, ignores extra columns, and defaults the optional ones', () => {
    const text = ['备注,metric,value,agent,period_end,period_start', '手工补录,reply_rate,,均值,2026-11-20,2026-11-20', 'x,sales_amount,1234.5,"店,铺:小""美""",2026-11-20,2026-11-14'].join('\n');
    const result = parseCsvImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.line, r.label, r.metric, r.value, r.rowKind, r.sourceKey, r.console, r.capturedAt, r.periodGuessed, r.periodStart])).toEqual([
      // Without row_kind every row is an agent: a missing column cannot tell, and agents are the common case.
      [2, '均值', 'reply_rate', null, 'agent', 'import|csv', 'custom', null, false, '2026-11-20'],
      [3, '店,铺:小"美"', 'sales_amount', 1234.5, 'agent', 'import|csv', 'custom', null, false, '2026-11-14'],
    ]);
  });

  it('keeps benchmark kinds, undoes the formula guard, skips blank lines, derives the console from the source', () => {
    const text = [
      HEADER,
      "2026-11-20,2026-11-20,'=小美,reply_rate,-0.5,percent,agent,jd|x,,,",
      '',
      '2026-11-20,2026-11-20,汇总,reply_rate,95.8,,team_total,,,,TRUE',
    ].join('\r\n');
    const result = parseCsvImport(text);
    expect(result.ok && result.rows.map((r) => [r.line, r.label, r.value, r.rowKind, r.console, r.periodGuessed])).toEqual([
      [2, '=小美', -0.5, 'agent', 'jd', false],
      [4, '汇总', 95.8, 'team_total', 'custom', true],
    ]);
  });

  it('accepts a header-only file as zero rows', () => {
    expect(parseCsvImport(`\uFEFF${HEADER}\r\n`)).toEqual({ ok: true, rows: [] });
  });
});

describe('parseCsvImport: bad files', () => {
  const good = '2026-11-20,2026-11-20,旗舰店:小美,reply_rate,96.1,percent,agent,,,,';

  it('names the line and column of a bad number (line 7), in zh-CN and English', () => {
    const rows = [HEADER, good, good.replace('小美', '阿强'), good.replace('小美', '小丽'), good.replace('小美', '小王'), good.replace('小美', '小张')];
    rows.push('2026-11-20,2026-11-20,旗舰店:小李,reply_rate,"96,1",percent,agent,,,,');
    const errors = errorsOf(rows.join('\r\n'));
    expect(errors).toEqual([
      { line: 7, column: 'value', messageZh: '不是数字 "96,1"（缺失请留空）', messageEn: 'not a number "96,1" (leave empty for missing)' },
    ]);
    expect(bilingual(formatCsvError(rawErrorsOf(rows.join('\r\n'))[0]!))).toEqual({
      zh: '第 7 行，value：不是数字 "96,1"（缺失请留空）',
      en: 'line 7, value: not a number "96,1" (leave empty for missing)',
    });
  });

  it('names an unknown metric', () => {
    const errors = rawErrorsOf(`${HEADER}\n${good.replace('reply_rate', 'reply_ratio')}`);
    expect(errors.map((e) => bilingual(formatCsvError(e)))).toEqual([
      { zh: '第 2 行，metric：未知指标 "reply_ratio"', en: 'line 2, metric: unknown metric id "reply_ratio"' },
    ]);
  });

  it.each([
    ['an impossible date', good.replace('2026-11-20,', '2026-02-30,'), 'period_start', 'invalid date "2026-02-30" (expected YYYY-MM-DD)'],
    ['a spreadsheet date', good.replace(',2026-11-20,', ',2026/11/20,'), 'period_end', 'invalid date "2026/11/20" (expected YYYY-MM-DD)'],
    ['start after end', good.replace('2026-11-20,', '2026-11-21,'), 'period_end', 'start 2026-11-21 is after end 2026-11-20'],
    ['a percent sign', good.replace('96.1', '96.1%'), 'value', 'not a number "96.1%" (leave empty for missing)'],
    ['a missing marker', good.replace('96.1', '-'), 'value', 'not a number "-" (leave empty for missing)'],
    ['a wrong unit', good.replace(',percent,', ',%,'), 'unit', 'unit of reply_rate is percent, not "%"'],
    ['an unknown row kind', good.replace(',agent,', ',均值,'), 'row_kind', 'invalid row kind "均值" (one of agent, team_total, team_average, peer_average, peer_top)'],
    ['an empty agent', good.replace('旗舰店:小美', ' '), 'agent', 'agent is empty'],
    ['an unknown console', good.replace(',agent,,,,', ',agent,,douyin,,'), 'console', 'unknown console "douyin"'],
    ['a bad timestamp', good.replace(',agent,,,,', ',agent,,,2026-11-21 10:00,'), 'captured_at', 'invalid timestamp "2026-11-21 10:00"'],
    ['a bad flag', good.replace(',agent,,,,', ',agent,,,,yes'), 'period_guessed', 'expected true or false, found "yes"'],
  ])('names %s', (_name, row, column, messageEn) => {
    expect(errorsOf(`${HEADER}\n${row}`)).toEqual([expect.objectContaining({ line: 2, column, messageEn })]);
  });

  it('reports every problem of every row, not just the first', () => {
    const errors = errorsOf([HEADER, good.replace('96.1', 'abc'), good, good.replace('reply_rate', 'x').replace('2026-11-20,', '2026-13-01,')].join('\n'));
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'value'],
      [4, 'period_start'],
      [4, 'metric'],
    ]);
  });

  it('refuses a file missing required columns, naming each', () => {
    const errors = errorsOf('period_start,period_end,agent,metric\n2026-11-20,2026-11-20,小美,reply_rate');
    expect(errors).toEqual([{ line: 1, column: 'value', messageZh: '缺少必需的列 "value"', messageEn: 'missing required column "value"' }]);
    expect(errorsOf('客服,回复率\n小美,96.1%').map((e) => e.column)).toEqual(['period_start', 'period_end', 'agent', 'metric', 'value']);
  });

  it('refuses a repeated column, a short row, a duplicate row, an empty file and a broken quote', () => {
    expect(errorsOf(`${HEADER},value\n${good},1`)).toEqual([expect.objectContaining({ line: 1, column: 'value', messageEn: 'duplicate column' })]);
    expect(errorsOf(`${HEADER}\n2026-11-20,2026-11-20,小美`)).toEqual([expect.objectContaining({ line: 2, messageEn: 'expected 11 fields, found 3' })]);
    expect(errorsOf(`${HEADER}\n${good}\n${good.replace('96.1', '97')}`)).toEqual([
      expect.objectContaining({ line: 3, messageZh: '与第 2 行重复（同一来源、周期、客服、指标）' }),
    ]);
    expect(errorsOf('')).toEqual([expect.objectContaining({ line: 1, messageEn: 'empty file or no header row' })]);
    expect(errorsOf(`${HEADER}\n2026-11-20,2026-11-20,"小美,reply_rate,1,,,,,,`)[0]).toMatchObject({ messageEn: expect.stringContaining('malformed CSV') });
  });

  it('stops listing after 200 errors', () => {
    const rows = Array.from({ length: 500 }, (_, i) => good.replace('旗舰店:小美', `客服${i}`).replace('96.1', 'x'));
    expect(errorsOf([HEADER, ...rows].join('\n'))).toHaveLength(200);
  });
});
