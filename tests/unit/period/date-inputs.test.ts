// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/period';
import { found, GUESSED, page, setValues, TABLE, table, today } from './period-page';

beforeEach(() => {
  document.body.innerHTML = '';
});

const SVG = '<svg viewBox="0 0 24 24" width="1em" height="1em"><path d="M4 4h16v16H4z"></path><path d="M8 2v4"></path></svg>';

/** Range controls of libraries the selectors do not know, as they render (classes from their docs). */
const RANGES: [string, string][] = [
  [
    'Semi UI',
    `<div class="semi-datepicker semi-datepicker-range semi-datepicker-default">
      <div class="semi-datepicker-range-input semi-datepicker-range-input-default">
        <div class="semi-datepicker-range-input-wrapper semi-datepicker-range-input-wrapper-start">
          <div class="semi-input-wrapper semi-input-wrapper-default"><input class="semi-input semi-input-default" placeholder="开始日期"></div>
        </div>
        <div class="semi-datepicker-range-input-separator">~</div>
        <div class="semi-datepicker-range-input-wrapper semi-datepicker-range-input-wrapper-end">
          <div class="semi-input-wrapper semi-input-wrapper-default"><input class="semi-input semi-input-default" placeholder="结束日期"></div>
        </div>
        <div class="semi-datepicker-range-input-suffix"><span class="semi-icon semi-icon-calendar">${SVG}</span></div>
      </div>
    </div>`,
  ],
  [
    'Arco',
    `<div class="arco-picker arco-picker-range arco-picker-size-default">
      <div class="arco-picker-input arco-picker-input-active"><input placeholder="开始日期"></div>
      <span class="arco-picker-separator">${SVG}</span>
      <div class="arco-picker-input"><input placeholder="结束日期"></div>
      <div class="arco-picker-suffix"><span class="arco-picker-suffix-icon">${SVG}</span></div>
    </div>`,
  ],
  [
    'antd 5 (CSS-in-JS hash classes)',
    `<div class="ant-picker ant-picker-range css-dev-only-do-not-override-1x2y3z ant-picker-outlined">
      <div class="ant-picker-input ant-picker-input-start"><input readonly placeholder="开始日期" size="12"></div>
      <div class="ant-picker-range-separator"><span class="ant-picker-separator"><span role="img" aria-label="swap-right">${SVG}</span></span></div>
      <div class="ant-picker-input ant-picker-input-end"><input readonly placeholder="结束日期" size="12"></div>
      <div class="ant-picker-active-bar" style="width: 0"></div>
    </div>`,
  ],
  [
    'a home-made range (CSS modules)',
    `<div class="dateRange___2hKx"><div class="field___a1"><div class="box___b2"><input class="input___c3"></div></div>
      <em class="dash___d4">-</em><div class="field___a1"><div class="box___b2"><input class="input___c3"></div></div></div>`,
  ],
  [
    'two plain inputs',
    '<div class="filters"><input class="start"> 至 <input class="end"></div>',
  ],
  [
    'a start and an end DatePicker side by side',
    `<div class="ant-space"><div class="ant-space-item"><div class="ant-picker"><div class="ant-picker-input"><input></div></div></div>
      <div class="ant-space-item"><div class="ant-picker"><div class="ant-picker-input"><input></div></div></div></div>`,
  ],
];

describe('findPeriod: any range control whose two inputs hold dates', () => {
  it.each(RANGES)('%s', (_name, html) => {
    page(`<div class="card"><div class="toolbar">${html}<button>查询</button></div>${TABLE}</div>`);
    setValues('.toolbar input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });

  it('reads date-time values and the year-first Chinese format', () => {
    page(`<div class="toolbar">${RANGES[0]![1]}</div>${TABLE}`);
    setValues('.toolbar input', '2026年11月20日 00:00:00', '2026年11月26日 23:59:59');
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-20', end: '2026-11-26', guessed: false });
  });

  it('without near, too', () => {
    page(`<div class="toolbar">${RANGES[1]![1]}</div>${TABLE}`);
    setValues('.toolbar input', '2026-11-01', '2026-11-07');
    expect(findPeriod(document, today)).toEqual(found('2026-11-01', '2026-11-07', '2026-11-01 ~ 2026-11-07'));
  });

  it('leaves an empty range control alone', () => {
    page(`<div class="toolbar">${RANGES[0]![1]}</div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });
});

describe('findPeriod: PDD beast-core range picker', () => {
  const BEAST_INPUT = `<div data-testid="beast-core-rangePicker-input" class="RPR_inputWrapper_5-120-1 RPR_medium_5-120-1">
    <div class="IPT_outerWrapper_5-120-1"><div class="IPT_inputBlockCell_5-120-1">
      <input data-testid="beast-core-rangePicker-htmlInput" class="IPT_input_5-120-1 RPR_input_5-120-1" readonly placeholder="请选择日期">
    </div><div class="IPT_suffixCell_5-120-1"><i class="ICN_outerWrapper_5-120-1">${SVG}</i></div></div></div>`;

  it('reads the whole range from its single input', () => {
    page(`<div class="index-module__toolbar___3kQ">${BEAST_INPUT}</div>${TABLE}`);
    setValues('[data-testid=beast-core-rangePicker-htmlInput]', '2026-11-20 ~ 2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });

  it('reads date-time ends', () => {
    page(`<div>${BEAST_INPUT}</div>${TABLE}`);
    setValues('input', '2026-11-24 00:00:00 ~ 2026-11-24 23:59:59');
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-24', end: '2026-11-24', guessed: false });
  });

  it('reads its row label 时间区间 with it', () => {
    page(`<div class="index-module__row___a1"><div class="index-module__row_label___b2">时间区间</div>
      <div class="index-module__row_content___c3">${BEAST_INPUT}</div></div>${TABLE}`);
    setValues('input', '2026-11-20 ~ 2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '时间区间 2026-11-20 ~ 2026-11-26'));
  });

  it('reads a trigger that shows the dates as text spans', () => {
    page(`<div data-testid="beast-core-rangePicker-input" class="RPR_inputWrapper_5-120-1">
      <span class="RPR_dateText_5-120-1">2026-11-20</span><span class="RPR_separator_5-120-1">~</span><span class="RPR_dateText_5-120-1">2026-11-26</span>
    </div>${TABLE}`);
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-20', end: '2026-11-26', guessed: false });
  });
});

describe('findPeriod: one input holding a date', () => {
  it.each([
    ['a Semi single date', '<div class="semi-datepicker"><div class="semi-input-wrapper"><input class="semi-input"></div></div>', '2026-11-25', '2026-11-25', '2026-11-25'],
    ['an Arco month picker', '<div class="arco-picker"><div class="arco-picker-input"><input></div></div>', '2026-10', '2026-10-01', '2026-10-31'],
    ['an Arco week picker', '<div class="arco-picker"><div class="arco-picker-input"><input></div></div>', '2026-47周', '2026-11-16', '2026-11-22'],
    ['a Fusion week picker', '<div class="next-week-picker"><span class="next-input"><input></span></div>', '2026-46周', '2026-11-09', '2026-11-15'],
    ['a native date input', '<input type="date">', '2026-11-25', '2026-11-25', '2026-11-25'],
    ['a plain input', '<div><input name="day"></div>', '2026/11/25', '2026-11-25', '2026-11-25'],
  ])('%s', (_name, html, value, start, end) => {
    page(`<div class="toolbar">${html}</div>${TABLE}`);
    setValues('input', value);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, value));
  });

  it('pairs the range control’s two inputs, not a lone date input before them', () => {
    page(`<div class="toolbar"><input class="one"><span>对比</span><div class="r"><input class="a"> ~ <input class="b"></div></div>
      <div class="spacer">${TABLE}</div>`);
    setValues('.one', '2026-11-25');
    setValues('.r input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });
});

describe('findPeriod: date inputs that are no range', () => {
  it('does not pair inputs in separate sections that hold tables', () => {
    page(`<section class="a"><input class="x">${TABLE.replace('id="t"', 'id="other"')}</section>
      <section class="b"><input class="y">${TABLE}</section>`);
    setValues('.x', '2026-11-01');
    setValues('.y', '2026-11-25');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-25', '2026-11-25', '2026-11-25'));
  });

  it('does not pair inputs far apart in a big container', () => {
    page(`<div class="form"><div><input class="x"></div>${'<div><span>字段</span></div>'.repeat(25)}<div><input class="y"></div></div>${TABLE}`);
    setValues('.x', '2026-11-01');
    setValues('.y', '2026-11-25');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-01', '2026-11-01'));
  });

  it('ignores inputs holding names, numbers and order numbers', () => {
    page(`<div class="toolbar"><input class="a"><input class="b"><input class="c"><input class="d"><input type="checkbox" checked></div>${TABLE}`);
    setValues('.toolbar input', '小美', '202611271234567', '20', '2026', 'on');
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });
});
