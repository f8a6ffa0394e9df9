// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { queryOutside } from '../../../lib/period/query-outside';
import { findPeriod } from '../../../lib/period';

const ids = (els: Element[]) => els.map((e) => e.id);

beforeEach(() => {
  document.body.innerHTML = `
    <div id="a" class="x"><span id="a1" class="x"></span></div>
    <section id="s">
      <b id="b" class="x"></b>
      <table id="t"><thead><tr><th id="th" class="x"></th></tr></thead>
        <tbody id="body"><tr><td id="cell" class="x"><span id="deep" class="x"></span></td></tr></tbody>
        <tfoot><tr><td id="foot" class="x"></td></tr></tfoot></table>
      <i id="c" class="x"><i id="c1" class="x"></i></i>
    </section>
    <p id="d" class="x"></p>`;
});

describe('queryOutside', () => {
  it('without anything to skip, is querySelectorAll', () => {
    expect(ids(queryOutside(document, [])('.x'))).toEqual(ids(Array.from(document.querySelectorAll('.x'))));
  });

  it('leaves out the skipped subtrees and keeps document order around them', () => {
    const query = queryOutside(document, [document.getElementById('body')!]);
    expect(ids(query('.x'))).toEqual(['a', 'a1', 'b', 'th', 'foot', 'c', 'c1', 'd']);
    expect(ids(query('td'))).toEqual(['foot']);
  });

  it('works from an element root and with several skipped subtrees', () => {
    const query = queryOutside(document.getElementById('s')!, [document.getElementById('body')!, document.getElementById('c')!]);
    expect(ids(query('.x'))).toEqual(['b', 'th', 'foot']);
  });
});

describe('findPeriod leaves the table rows out', () => {
  it('a date input inside the table body is not the period; the picker above it is', () => {
    document.body.innerHTML = `
      <div class="ant-picker ant-picker-range"><input value="2026-11-01"><input value="2026-11-07"></div>
      <table id="t"><thead><tr><th>客服</th><th>日期</th></tr></thead>
        <tbody><tr><td>小王</td><td><input value="2026-11-25"></td></tr></tbody></table>`;
    const period = findPeriod(document, new Date(2026, 11, 1), document.getElementById('t')!);
    expect(period).toMatchObject({ start: '2026-11-01', end: '2026-11-07', guessed: false });
  });
});
