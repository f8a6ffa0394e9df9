// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/period';
import { found, GUESSED, page, setValues, TABLE, table, today } from './period-page';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findPeriod: labelled plain inputs', () => {
  it('reads a label in a span followed by one input (value attribute)', () => {
    page(`<div class="filter"><span class="lbl">查询日期：</span><input class="inp" value="2026-11-25"></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-25', '2026-11-25', '查询日期： 2026-11-25'));
  });

  it('reads a label in a <label> and an input in nested divs (value property)', () => {
    page(`<form class="f"><div class="row"><label for="d">统计日期</label>
      <div class="ctl"><div class="wrap"><input id="d" type="text"></div></div></div></form>${TABLE}`);
    setValues('#d', '2026-11-24');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-24', '2026-11-24', '统计日期 2026-11-24'));
  });

  it.each([
    ['至', '2026-11-01 至 2026-11-30'],
    ['~', '2026-11-01 ~ 2026-11-30'],
    ['-', '2026-11-01 - 2026-11-30'],
    ['到', '2026-11-01 到 2026-11-30'],
  ])('reads a label text node followed by two inputs with %s between', (sep, shown) => {
    page(`<div class="bar">时间：<input value="2026-11-01"> ${sep} <input value="2026-11-30"><button>查询</button></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-30', `时间： ${shown}`));
  });

  it('reads two inputs in nested divs after a label span, the separator in its own span', () => {
    page(`<div class="query"><span>日期范围</span><div class="range"><div class="box"><div><input class="s"></div></div>
      <span class="sep">至</span><div class="box"><div><input class="e"></div></div></div></div>${TABLE}`);
    setValues('.s', '2026/11/20');
    setValues('.e', '2026/11/26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '日期范围 2026/11/20 至 2026/11/26'));
  });

  it('joins two labelled inputs with only an icon between them as a range', () => {
    page(`<div class="bar"><label>日期：</label><div class="picker"><input class="a"><i class="icon-arrow"></i><input class="b"></div></div>${TABLE}`);
    setValues('.a', '2026-11-20');
    setValues('.b', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '日期： 2026-11-20 ~ 2026-11-26'));
  });

  it('skips radio and checkbox values after a label', () => {
    page(`<div class="bar"><span>时间：</span><label><input type="radio" value="2026"> 全部</label>
      <input class="d" value="2026-11-25"></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-25', '2026-11-25', '时间： 全部 2026-11-25'));
  });
});

describe('findPeriod: labelled inputs against timestamps and other dates', () => {
  it('an update timestamp next to the period does not win', () => {
    page(`<div class="bar"><span class="upd">更新时间：2026-11-26 10:00</span>
      <span>时间：</span><input value="2026-11-01"> 至 <input value="2026-11-30"></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-30', '时间： 2026-11-01 至 2026-11-30'));
  });

  it('the update timestamp after a plain label is cut off', () => {
    page(`<div class="bar"><span>时间：</span><span>更新时间：2026-11-27 08:00</span></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });

  it('an update timestamp alone is no period', () => {
    page(`<div class="bar"><span>数据更新时间：2026-11-26 10:00</span><span>最近更新时间：2026-11-26</span></div>${TABLE}`);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });

  it('an order date inside unrelated text far from the table is no period', () => {
    page(`<aside class="notice"><p>您的订单 2026-10-01 已发货，下单时间：2026-10-01 12:00</p></aside>
      <main><section><div class="card">${TABLE}</div></section></main>`);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });

  it.each(['小美', '13800138000', '202611271234567', '100', '2026'])('a search input holding %s is no date', (value) => {
    page(`<div class="bar"><span>时间：</span><input class="kw"><button>搜索</button></div>${TABLE}`);
    setValues('.kw', value);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });
});
