// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/period';

const today = new Date(2026, 10, 27, 9, 0); // Friday 2026-11-27, local
const TABLE = '<table id="t"><tbody><tr><td>小美</td><td>98.5%</td></tr></tbody></table>';

function page(html: string): void {
  document.body.innerHTML = html;
}
/** Sets input values as React does: through the property, leaving the attribute alone. */
function setValues(selector: string, ...values: string[]): void {
  document.querySelectorAll<HTMLInputElement>(selector).forEach((input, i) => {
    input.value = values[i] ?? '';
  });
}
const table = () => document.getElementById('t')!;
const found = (start: string, end: string, evidence: string) => ({ start, end, guessed: false, evidence });

const ANTD_RANGE = `<div class="ant-picker ant-picker-range">
  <div class="ant-picker-input ant-picker-input-active"><input readonly placeholder="开始日期" size="12"></div>
  <div class="ant-picker-range-separator"><span class="ant-picker-separator"><span role="img" aria-label="swap-right"></span></span></div>
  <div class="ant-picker-input"><input readonly placeholder="结束日期" size="12"></div>
  <span class="ant-picker-suffix"><span role="img" aria-label="calendar"></span></span>
</div>`;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findPeriod: date pickers', () => {
  it('reads an antd RangePicker from the inputs’ value property', () => {
    page(`<div class="toolbar">${ANTD_RANGE}</div>${TABLE}`);
    setValues('.ant-picker input', '2026-11-20', '2026-11-26');
    expect(document.querySelector('.ant-picker input')!.getAttribute('value')).toBeNull();
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });

  it('prefers the live value over a stale value attribute', () => {
    page(`<div class="ant-picker"><div class="ant-picker-input"><input value="2026-01-01"></div></div>${TABLE}`);
    setValues('.ant-picker input', '2026-11-26');
    expect(findPeriod(document, today)).toEqual(found('2026-11-26', '2026-11-26', '2026-11-26'));
  });

  it('reads an antd v3 range picker', () => {
    page(`<span class="ant-calendar-picker"><span class="ant-calendar-picker-input ant-input">
      <input readonly placeholder="开始日期" class="ant-calendar-range-picker-input"><span class="ant-calendar-range-picker-separator"> ~ </span>
      <input readonly placeholder="结束日期" class="ant-calendar-range-picker-input"><i class="anticon anticon-calendar"></i>
    </span></span>${TABLE}`);
    setValues('.ant-calendar-range-picker-input', '2026/11/01', '2026/11/07');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-07', '2026/11/01 ~ 2026/11/07'));
  });

  it('reads a Fusion Next RangePicker with date-time values', () => {
    page(`<div class="next-range-picker next-date-picker-medium"><span class="next-range-picker-trigger">
      <span class="next-input next-noborder next-medium next-range-picker-trigger-input"><input role="combobox" readonly></span>
      <span class="next-range-picker-trigger-separator">-</span>
      <span class="next-input next-noborder next-medium next-range-picker-trigger-input"><input role="combobox" readonly></span>
    </span></div>${TABLE}`);
    setValues('.next-range-picker input', '2026-11-20 00:00:00', '2026-11-26 23:59:59');
    expect(findPeriod(document, today, table())).toEqual(
      found('2026-11-20', '2026-11-26', '2026-11-20 00:00:00 ~ 2026-11-26 23:59:59'),
    );
  });

  it('reads a Fusion trigger that shows text instead of inputs', () => {
    page(`<span class="next-range-picker-trigger"><span>2026-11-20</span><span>-</span><span>2026-11-26</span></span>${TABLE}`);
    expect(findPeriod(document, today)).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20-2026-11-26'));
  });

  it('reads a Fusion single DatePicker', () => {
    page(`<div class="next-date-picker"><span class="next-input"><input readonly></span></div>${TABLE}`);
    setValues('.next-date-picker input', '2026-11-26');
    expect(findPeriod(document, today)).toEqual(found('2026-11-26', '2026-11-26', '2026-11-26'));
  });

  it('reads an Element UI daterange editor', () => {
    page(`<div class="el-date-editor el-range-editor el-input__inner el-date-editor--daterange">
      <i class="el-input__icon el-range__icon el-icon-date"></i>
      <input autocomplete="off" placeholder="开始日期" class="el-range-input"><span class="el-range-separator">至</span>
      <input autocomplete="off" placeholder="结束日期" class="el-range-input">
    </div>${TABLE}`);
    setValues('.el-range-input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });

  it('reads an Element UI single date editor and a month picker', () => {
    page(`<div class="el-date-editor el-input el-date-editor--date"><input class="el-input__inner"></div>${TABLE}`);
    setValues('.el-input__inner', '2026年11月25日');
    expect(findPeriod(document, today).start).toBe('2026-11-25');
    page(`<div class="ant-picker"><div class="ant-picker-input"><input></div></div>${TABLE}`);
    setValues('.ant-picker input', '2026-10');
    expect(findPeriod(document, today)).toEqual(found('2026-10-01', '2026-10-31', '2026-10'));
  });

  it('prefers a range picker over a single date picker', () => {
    page(`<div class="ant-picker"><div class="ant-picker-input"><input id="single"></div></div>${ANTD_RANGE}${TABLE}`);
    setValues('#single', '2026-11-26');
    setValues('.ant-picker-range input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-20', end: '2026-11-26' });
  });

  it('skips pickers left empty', () => {
    page(`${ANTD_RANGE}<div>统计时间：2026-11-26</div>${TABLE}`);
    expect(findPeriod(document, today)).toEqual(found('2026-11-26', '2026-11-26', '统计时间：2026-11-26'));
  });
});

describe('findPeriod: labelled text', () => {
  it.each([
    ['<div class="hd"><span>统计时间：</span><span>2026-11-20 ~ 2026-11-26</span></div>', '2026-11-20', '2026-11-26', '统计时间：2026-11-20 ~ 2026-11-26'],
    ['<p>日期范围：2026-11-20至2026-11-26</p>', '2026-11-20', '2026-11-26', '日期范围：2026-11-20至2026-11-26'],
    ['<div><span class="label">数据时间</span> <span class="value">2026-11-26</span></div>', '2026-11-26', '2026-11-26', '数据时间 2026-11-26'],
    ['<div>统计周期: 2026/11/20-2026/11/26</div>', '2026-11-20', '2026-11-26', '统计周期: 2026/11/20-2026/11/26'],
    ['<div>报表 <em>统计日期</em>：<b>11月20日</b> 至 <b>11月26日</b></div>', '2026-11-20', '2026-11-26', '统计日期：11月20日 至 11月26日'],
    ['<div>统计时间 2026-11-26 ~ 2026-11-26（数据更新于 2026-11-27 08:00）</div>', '2026-11-26', '2026-11-26', '统计时间 2026-11-26 ~ 2026-11-26（数据更新于 2026-11-27 08:00）'],
  ])('%s', (html, start, end, evidence) => {
    page(`<div class="card">${html}${TABLE}</div>`);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, evidence));
  });

  it('does not take the next label’s date for a label without one', () => {
    page(`<div><span>统计时间：</span><span>更新时间：2026-11-27 08:00</span></div>${TABLE}`);
    expect(findPeriod(document, today, table()).guessed).toBe(true);
  });

  it('ignores text inside tables and grids', () => {
    page(`<table><tr><td>统计日期 2026-01-01</td></tr></table><div role="grid"><div>统计时间：2026-02-01</div></div>${TABLE}`);
    expect(findPeriod(document, today).guessed).toBe(true);
  });

  it('gives up on labels after the node cap instead of walking a huge page', () => {
    page(`<div>${'<span>x</span>'.repeat(3000)}</div><div>统计时间：2026-11-20 ~ 2026-11-26</div>`);
    expect(findPeriod(document, today).guessed).toBe(true);
    page(`<div>${'<span>x</span>'.repeat(300)}</div><div>统计时间：2026-11-20 ~ 2026-11-26</div>`);
    expect(findPeriod(document, today).guessed).toBe(false);
  });

  it('prefers text over an active preset at the same distance', () => {
    page(`<div class="bar"><label class="ant-radio-button-wrapper ant-radio-button-wrapper-checked">日</label>
      <span>统计时间 2026-11-26</span></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-26', '2026-11-26', '统计时间 2026-11-26'));
  });
});

describe('findPeriod: active presets', () => {
  const group = (active: string, inactive: string) =>
    `<div class="bar"><span ${inactive}>昨天</span><span ${active}>近7天</span><span ${inactive}>近30天</span></div>${TABLE}`;
  it.each([
    ['antd radio', 'class="ant-radio-button-wrapper ant-radio-button-wrapper-checked"', 'class="ant-radio-button-wrapper"'],
    ['Element', 'class="el-radio-button is-active"', 'class="el-radio-button"'],
    ['sycm', 'class="oui-canary-btn oui-canary-btn-checked"', 'class="oui-canary-btn"'],
    ['Fusion primary', 'class="next-btn next-btn-primary"', 'class="next-btn next-btn-normal"'],
    ['plain active', 'class="tab active"', 'class="tab inactive"'],
    ['CSS module', 'class="tabItemActive___x3f"', 'class="tabItem___a1b"'],
    ['selected', 'class="selected"', 'class="unselected"'],
    ['current', 'class="cur current"', 'class="cur"'],
    ['aria-pressed', 'aria-pressed="true"', 'aria-pressed="false"'],
    ['aria-selected', 'role="tab" aria-selected="true"', 'role="tab" aria-selected="false"'],
    ['aria-checked', 'role="radio" aria-checked="true"', 'role="radio" aria-checked="false"'],
  ])('%s', (_name, active, inactive) => {
    page(group(active, inactive));
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '近7天'));
  });

  it('reads a checked radio input through its label', () => {
    page(`<div><label><input type="radio" name="p"> 昨天</label><label><input type="radio" name="p" id="m"> 本月</label></div>${TABLE}`);
    (document.getElementById('m') as HTMLInputElement).checked = true;
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-26', '本月'));
  });

  it.each([
    ['日', '2026-11-26', '2026-11-26'],
    ['周', '2026-11-16', '2026-11-22'],
    ['月', '2026-10-01', '2026-10-31'],
    ['自然周', '2026-11-16', '2026-11-22'],
    ['上月', '2026-10-01', '2026-10-31'],
  ])('granularity tab %s', (label, start, end) => {
    page(`<ul class="tabs"><li class="tab">x</li><li class="tab tab-active"> ${label} </li></ul>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, label));
  });

  it('ignores active elements that are not presets (menus, pagination, calendar cells)', () => {
    page(`<ul><li class="ant-menu-item-selected">客服绩效</li></ul><li class="ant-pagination-item-active">7</li>
      <td class="ant-picker-cell-selected">20</td><span class="inactive">近7天</span>${TABLE}`);
    expect(findPeriod(document, today, table()).guessed).toBe(true);
  });
});

describe('findPeriod: choosing among candidates', () => {
  it('without near: pickers first, then document order', () => {
    // Each picker in its own card (side by side, two single pickers would be a start and an end).
    page(`<div>统计时间：2026-11-01 ~ 2026-11-07</div>
      <section><div class="ant-picker"><div class="ant-picker-input"><input id="a"></div></div>${TABLE}</section>
      <section><div class="ant-picker"><div class="ant-picker-input"><input id="b"></div></div></section>`);
    setValues('#a', '2026-11-10');
    setValues('#b', '2026-11-11');
    expect(findPeriod(document, today)).toEqual(found('2026-11-10', '2026-11-10', '2026-11-10'));
  });

  it('with near: the picker in the table’s own card', () => {
    page(`<div class="card"><div class="ant-picker"><div class="ant-picker-input"><input id="a"></div></div>
        <table><tr><td>a</td></tr></table></div>
      <div class="card"><div class="head"><div class="ant-picker"><div class="ant-picker-input"><input id="b"></div></div></div>
        <div class="ant-table-wrapper"><div class="ant-table"><div class="ant-table-content">${TABLE}</div></div></div></div>`);
    setValues('#a', '2026-11-10');
    setValues('#b', '2026-11-11');
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-11', guessed: false });
    expect(findPeriod(document, today, document.querySelector('table')!)).toMatchObject({ start: '2026-11-10' });
  });

  it('with near: a preset next to the table beats a page-wide picker far away', () => {
    page(`<header>${ANTD_RANGE}</header><main><section><div class="card">
      <div class="bar"><span class="tab active">上周</span></div>${TABLE}</div></section></main>`);
    setValues('.ant-picker-range input', '2026-11-01', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-16', '2026-11-22', '上周'));
    // Without near, the order of evidence decides.
    expect(findPeriod(document, today)).toMatchObject({ start: '2026-11-01', end: '2026-11-26' });
  });

  it('with near: the range picker wins over text and presets in the same toolbar', () => {
    page(`<div class="card"><div class="bar"><span class="tab active">近30天</span><span>统计时间：2026-11-26</span>
      <div>${ANTD_RANGE}</div></div>${TABLE}</div>`);
    setValues('.ant-picker-range input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toMatchObject({ start: '2026-11-20', end: '2026-11-26' });
  });

  it('searches only inside an element root', () => {
    page(`<div>统计时间：2026-11-01</div><div id="frame"><span class="active">近7天</span>${TABLE}</div>`);
    expect(findPeriod(document.getElementById('frame')!, today, table())).toEqual(found('2026-11-20', '2026-11-26', '近7天'));
  });
});

describe('findPeriod: nothing on the page', () => {
  it('guesses yesterday', () => {
    page(`<div class="toolbar"><button>查询</button><button class="next-btn-primary">导出</button></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual({ start: '2026-11-26', end: '2026-11-26', guessed: true, evidence: '' });
  });

  it('guesses across a month and year boundary', () => {
    expect(findPeriod(document, new Date(2027, 0, 1, 0, 30))).toEqual({
      start: '2026-12-31',
      end: '2026-12-31',
      guessed: true,
      evidence: '',
    });
  });
});
