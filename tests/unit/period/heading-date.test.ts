// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findPeriod } from '../../../lib/period';
import { found, GUESSED, page, setValues, TABLE, table, today } from './period-page';

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findPeriod: a date in a heading above the table', () => {
  it.each([
    ['<h2>绩效考核 2026-11-25</h2>', '2026-11-25', '2026-11-25', '绩效考核 2026-11-25'],
    ['<div class="ant-card-head"><div class="ant-card-head-title">客服绩效（2026-11-01 ~ 2026-11-30）</div></div>', '2026-11-01', '2026-11-30', '客服绩效（2026-11-01 ~ 2026-11-30）'],
    ['<div class="reportTitle___3fZ"><span>客服对比</span> <span>2026/11/20-2026/11/26</span></div>', '2026-11-20', '2026-11-26', '客服对比 2026/11/20-2026/11/26'],
    ['<h3 class="semi-typography">客服表现 2026年10月</h3>', '2026-10-01', '2026-10-31', '客服表现 2026年10月'],
    ['<div role="heading" aria-level="2">2026-11-20至2026-11-26 客服数据</div>', '2026-11-20', '2026-11-26', '2026-11-20至2026-11-26 客服数据'],
  ])('%s', (heading, start, end, evidence) => {
    page(`<div class="card">${heading}<div class="body"><div class="wrap">${TABLE}</div></div></div>`);
    expect(findPeriod(document, today, table())).toEqual(found(start, end, evidence));
  });

  it('is read without near too', () => {
    page(`<h1>绩效考核 2026-11-25</h1>${TABLE}`);
    expect(findPeriod(document, today)).toEqual(found('2026-11-25', '2026-11-25', '绩效考核 2026-11-25'));
  });

  it('ranks below a picker in the same card', () => {
    page(`<div class="card"><h3>绩效考核 2026-11-25</h3><div class="bar"><input class="a"> 至 <input class="b"></div>${TABLE}</div>`);
    setValues('.bar input', '2026-11-20', '2026-11-26');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '2026-11-20 ~ 2026-11-26'));
  });

  it('ranks below labelled inputs and labelled text', () => {
    page(`<div class="card"><h3>绩效考核 2026-11-25</h3><div class="bar"><span>时间：</span><input value="2026-11-01"></div>${TABLE}</div>`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-01', '2026-11-01', '时间： 2026-11-01'));
    page(`<div class="card"><h3>绩效考核 2026-11-25</h3><p>统计时间：2026-11-24</p>${TABLE}</div>`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-24', '2026-11-24', '统计时间：2026-11-24'));
  });

  it('ranks below an active preset in the same card', () => {
    page(`<div class="card"><h3>绩效考核 2026-11-25</h3><div class="bar"><span class="tab active">近7天</span></div>${TABLE}</div>`);
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-20', '2026-11-26', '近7天'));
  });

  it('a heading close to the table beats a picker in the page header', () => {
    page(`<header><div class="ant-picker"><div class="ant-picker-input"><input></div></div></header>
      <main><div class="card"><h3>绩效考核 2026-11-25</h3><div class="body">${TABLE}</div></div></main>`);
    setValues('header input', '2026-11-01');
    expect(findPeriod(document, today, table())).toEqual(found('2026-11-25', '2026-11-25', '绩效考核 2026-11-25'));
  });
});

describe('findPeriod: headings that give no period', () => {
  it.each([
    ['after the table', `${TABLE}<h3>绩效考核 2026-11-25</h3>`],
    ['an update time', `<h3>数据更新时间：2026-11-26 10:00</h3>${TABLE}`],
    ['an update date', `<div class="sub-title">数据更新于 2026-11-26</div>${TABLE}`],
    ['a page count', `<div class="title">客服对比 1/3</div>${TABLE}`],
    ['a date without a year', `<h3>客服对比 11-25</h3>${TABLE}`],
    ['a long text', `<div class="titleBar">${'客服绩效说明文字'.repeat(8)} 2026-11-25</div>${TABLE}`],
    ['a wrapper of the table', `<div class="titleWrap"><span>2026-11-25</span>${TABLE}</div>`],
    ['a column title in another table', `<table><thead><tr><th><span class="ant-table-column-title">2026-11-25</span></th></tr></thead></table>${TABLE}`],
  ])('%s', (_name, html) => {
    page(`<div class="card">${html}</div>`);
    expect(findPeriod(document, today, table())).toEqual(GUESSED);
  });
});
