import { zhWords } from '../support/words';
import { text } from '../../../lib/model/text';
import { describe, expect, it } from 'vitest';
import type { FilePreview, ImportPreview, SheetPreview } from '../../../lib/import/types';
import {
  applyChoices,
  confirmState,
  firstOf,
  formatFileSize,
  importableSheets,
  periodInputProblem,
  previewOutcome,
} from '../../../lib/options/import-preview-state';

function sheet(id: string, period: SheetPreview['period'], valueCount: number): SheetPreview {
  return {
    id,
    sheet: id.split('|')[1] ?? id,
    sourceKey: `file|sycm|${id}`,
    headerRow: 4,
    period,
    agents: ['旗舰店:小美', '旗舰店:阿杰', '旗舰店:小王'],
    benchmarks: [{ label: '汇总', kind: 'team_total' }],
    metrics: [{ id: 'reply_rate', header: '旺旺回复率', decimalRate: true }],
    leftOut: [],
    roleColumn: null,
    roles: [],
    problems: [],
    moreProblems: 0,
    valueCount,
    rows: [],
  };
}

function file(id: string, sheets: SheetPreview[], extra: Partial<FilePreview> = {}): FilePreview {
  return { id, name: `${id}.xlsx`, size: 20480, hash: 'ab'.repeat(32), error: null, alreadyImported: false, duplicateOf: null, console: 'sycm', sheets, skippedSheets: [], ...extra };
}

const weekly = file('0:客服绩效_20261120_20261126', [sheet('0|客服绩效', { kind: 'file-name', start: '2026-11-20', end: '2026-11-26' }, 96)]);
const daily = file('1:客服数据明细', [sheet('1|明细', { kind: 'date-column', start: '2026-11-01', end: '2026-11-07', days: 7 }, 350)]);
const undated = file('2:导出', [sheet('2|Sheet1', { kind: 'needed' }, 40), sheet('2|Sheet2', { kind: 'needed' }, 12)]);
const broken = file('3:图片', [], { error: text('importNotSpreadsheet', '图片') });
const seen = file('4:旧文件', [sheet('4|客服绩效', { kind: 'file-name', start: '2026-10-01', end: '2026-10-07' }, 80)], { alreadyImported: true });
const TODAY = '2026-11-27';

describe('periodInputProblem', () => {
  it.each([
    [undefined, '请填写开始和结束日期'],
    [{ start: '2026-11-01', end: '' }, '请填写开始和结束日期'],
    [{ start: '2026-11-08', end: '2026-11-01' }, '开始日期 2026-11-08 晚于结束日期 2026-11-01'],
    [{ start: '2026-02-30', end: '2026-03-01' }, '开始日期无效 "2026-02-30"'],
    [{ start: '2026-11-20', end: '2026-11-28' }, '结束日期 2026-11-28 晚于今天 2026-11-27'],
    [{ start: '2025-01-01', end: '2026-11-26' }, '统计周期 695 天，超过 366 天'],
  ])('%j → %s', (input, zh) => {
    const problem = periodInputProblem(input, TODAY);
    expect(problem && zhWords(problem)).toBe(zh);
  });
  it('accepts a day and a week ending today', () => {
    expect(periodInputProblem({ start: '2026-11-27', end: '2026-11-27' }, TODAY)).toBeNull();
    expect(periodInputProblem({ start: ' 2026-11-21', end: '2026-11-27 ' }, TODAY)).toBeNull();
  });
});

describe('confirmState', () => {
  it('counts only readable files not imported before', () => {
    const preview: ImportPreview = { files: [weekly, daily, broken, seen] };
    expect(importableSheets(preview).map((s) => s.sheet.id)).toEqual(['0|客服绩效', '1|明细']);
    expect(confirmState(preview, {}, TODAY)).toEqual({ ready: true, block: null, pendingPeriods: [], values: 446, files: 2, sheets: 2 });
  });

  it('stays blocked until every needed period is valid', () => {
    const preview: ImportPreview = { files: [weekly, undated] };
    expect(confirmState(preview, {}, TODAY)).toMatchObject({ ready: false, block: 'periods-needed', pendingPeriods: ['2|Sheet1', '2|Sheet2'] });
    const one = { '2|Sheet1': { start: '2026-11-01', end: '2026-11-30' } }; // ends after today
    expect(confirmState(preview, one, TODAY).pendingPeriods).toEqual(['2|Sheet1', '2|Sheet2']);
    const both = { '2|Sheet1': { start: '2026-11-01', end: '2026-11-07' }, '2|Sheet2': { start: '2026-11-08', end: '2026-11-14' } };
    expect(confirmState(preview, both, TODAY)).toMatchObject({ ready: true, block: null, pendingPeriods: [], values: 148, files: 2, sheets: 3 });
  });

  it('a needed period of an already imported file is not asked for', () => {
    const preview: ImportPreview = { files: [{ ...undated, alreadyImported: true }, weekly] };
    expect(confirmState(preview, {}, TODAY)).toMatchObject({ ready: true, pendingPeriods: [] });
  });

  it('nothing to import when every file is broken or known', () => {
    expect(confirmState({ files: [broken, seen] }, {}, TODAY)).toMatchObject({ ready: false, block: 'nothing-to-import', values: 0 });
    expect(previewOutcome({ files: [broken, seen] })).toBe('error');
    expect(previewOutcome({ files: [seen] })).toBe('unchanged');
    expect(previewOutcome({ files: [seen, weekly] })).toBeNull();
  });
});

describe('applyChoices', () => {
  it('passes the entered periods of needed sheets only, trimmed', () => {
    const inputs = {
      '2|Sheet1': { start: ' 2026-11-01', end: '2026-11-07 ' },
      '0|客服绩效': { start: '2026-01-01', end: '2026-01-02' }, // not needed: the file name says it
      '3|x': { start: '2026-11-01', end: '2026-11-02' }, // broken file
    };
    expect(applyChoices({ files: [weekly, undated, broken] }, inputs)).toEqual({ periods: { '2|Sheet1': { start: '2026-11-01', end: '2026-11-07' } } });
  });
});

describe('display helpers', () => {
  it('firstOf and formatFileSize', () => {
    expect(firstOf(['小美', '阿杰', '小王', '大刘'], 3)).toEqual({ shown: ['小美', '阿杰', '小王'], more: 1 });
    expect(firstOf(['小美'], 3)).toEqual({ shown: ['小美'], more: 0 });
    expect([980, 20480, 4.5 * 1024 * 1024].map(formatFileSize)).toEqual(['980 B', '20.0 KB', '4.5 MB']);
  });
});
