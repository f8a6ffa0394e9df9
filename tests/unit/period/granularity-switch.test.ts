// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/period';
import { found, page, setValues, TABLE, table, today } from './period-page';

beforeEach(() => {
  document.body.innerHTML = '';
});

type Unit = '日' | '周' | '月';

/** 赤兔 (antd 4): the `#dateType` radio buttons 日/周/月, then a picker, a 查询 button, the table. */
function chitu(unit: Unit, picker: 'single' | 'range' | 'none' = 'single'): void {
  const radio = (label: Unit, value: string) => {
    const on = label === unit;
    return `<label class="ant-radio-button-wrapper${on ? ' ant-radio-button-wrapper-checked' : ''}">
      <span class="ant-radio-button${on ? ' ant-radio-button-checked' : ''}"><input type="radio" class="ant-radio-button-input" value="${value}">
      <span class="ant-radio-button-inner"></span></span><span>${label}</span></label>`;
  };
  const pickers = {
    single: `<div class="ant-picker"><div class="ant-picker-input"><input readonly placeholder="请选择日期" size="12"></div>
      <span class="ant-picker-suffix"><span role="img" aria-label="calendar" class="anticon anticon-calendar"></span></span></div>`,
    range: `<div class="ant-picker ant-picker-range"><div class="ant-picker-input"><input readonly size="12"></div>
      <div class="ant-picker-range-separator"><span class="ant-picker-separator"><span role="img" aria-label="swap-right"></span></span></div>
      <div class="ant-picker-input"><input readonly size="12"></div></div>`,
    none: '',
  };
  page(`<div class="employeeKpi___2aB"><div class="toolbar___x9">
      <div id="dateType" class="ant-radio-group ant-radio-group-outline">${radio('日', 'day')}${radio('周', 'week')}${radio('月', 'month')}</div>
      ${pickers[picker]}<button type="button" class="ant-btn ant-btn-primary"><span>查 询</span></button></div>
    <div class="ant-table-wrapper"><div class="ant-spin-container"><div class="ant-table"><div class="ant-table-content">${TABLE}</div></div></div></div></div>`);
  document.querySelectorAll<HTMLInputElement>('.ant-radio-button-checked input').forEach((i) => (i.checked = true));
}
const pick = (...values: string[]) => setValues('.ant-picker input', ...values);

describe('findPeriod: 赤兔 日/周/月 switch with its picker', () => {
  it.each([
    ['日', '2026-11-18', '2026-11-18', '2026-11-18', '2026-11-18'],
    // Week pickers, zh and en locales: ISO weeks, Monday to Sunday.
    ['周', '2026-47周', '2026-11-16', '2026-11-22', '2026-47周'],
    ['周', '2026-47th', '2026-11-16', '2026-11-22', '2026-47th'],
    ['周', '2026-1st', '2025-12-29', '2026-01-04', '2026-1st'],
    // The week in progress ends yesterday.
    ['周', '2026-48周', '2026-11-23', '2026-11-26', '2026-48周'],
    // Month pickers: the whole month once it has ended, else up to yesterday.
    ['月', '2026-10', '2026-10-01', '2026-10-31', '2026-10'],
    ['月', '2026-11', '2026-11-01', '2026-11-26', '2026-11'],
    ['月', '2026年02月', '2026-02-01', '2026-02-28', '2026年02月'],
  ] as [Unit, string, string, string, string][])('%s with the picker showing %s', (unit, value, start, end, evidence) => {
    chitu(unit);
    pick(value);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, evidence));
  });

  it.each([
    // 周 with a single day: the Monday–Sunday week holding it.
    ['周', '2026-11-18', '2026-11-16', '2026-11-22'],
    ['周', '2026-11-16', '2026-11-16', '2026-11-22'],
    ['周', '2026-11-22', '2026-11-16', '2026-11-22'],
    ['周', '2026-01-01', '2025-12-29', '2026-01-04'],
    ['周', '2026-11-25', '2026-11-23', '2026-11-26'],
    // 月 with a single day: that day's month.
    ['月', '2026-10-18', '2026-10-01', '2026-10-31'],
    ['月', '2026-02-10', '2026-02-01', '2026-02-28'],
    ['月', '2026-11-03', '2026-11-01', '2026-11-26'],
  ] as [Unit, string, string, string][])('%s with the picker showing the day %s', (unit, day, start, end) => {
    chitu(unit);
    pick(day);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, `${unit} ${day}`));
  });

  it('gives a day, a week and a month of one table three different periods', () => {
    const periods = (['日', '周', '月'] as Unit[]).map((unit) => {
      chitu(unit);
      pick('2026-10-14');
      const { start, end } = findPeriod(document, today, table());
      return `${start}..${end}`;
    });
    expect(periods).toEqual(['2026-10-14..2026-10-14', '2026-10-12..2026-10-18', '2026-10-01..2026-10-31']);
  });

  it('takes a range picker’s two dates as they are, whatever the switch says', () => {
    for (const unit of ['日', '周', '月'] as Unit[]) {
      chitu(unit, 'range');
      pick('2026-11-16', '2026-11-22');
      expect(findPeriod(document, today, table())).toEqual(found('2026-11-16', '2026-11-22', '2026-11-16 ~ 2026-11-22'));
    }
    chitu('周', 'range');
    pick('2026-46周', '2026-47周');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-09', '2026-11-22', '2026-46周 ~ 2026-47周'));
  });

  it.each([
    ['日', '2026-11-26', '2026-11-26'],
    ['周', '2026-11-16', '2026-11-22'],
    ['月', '2026-10-01', '2026-10-31'],
  ] as [Unit, string, string][])('without a picker, %s is the preset', (unit, start, end) => {
    chitu(unit, 'none');
    expect(findPeriod(document, today, table())).toEqual(found(start, end, unit));
  });

  it('with the picker left empty, 周 is the preset', () => {
    chitu('周');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-16', '2026-11-22', '周'));
  });

  it('a 周 switch of another card does not widen this card’s day', () => {
    page(`<div class="card"><div class="tabs"><span class="tab active">周</span></div><div class="chart"></div></div>
      <div class="card"><div class="bar"><div class="ant-picker"><div class="ant-picker-input"><input></div></div></div>${TABLE}</div>`);
    pick('2026-11-18');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-18', '2026-11-18', '2026-11-18'));
  });

  it('a labelled input with a 月 tab reads the month', () => {
    page(`<div class="bar"><ul class="tabs"><li class="tab">日</li><li class="tab tab-active">月</li></ul>
      <span>统计日期：</span><input value="2026-09-09"></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-09-01', '2026-09-30', '月 统计日期： 2026-09-09'));
  });
});
