// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { chooseCorner, controlCoverage, probePoints, settledCorner } from '../../../lib/overlay/default-corner';
import { cornerPoint, type Rect } from '../../../lib/overlay/frame-geometry';

const viewport = { width: 1366, height: 768 };
const badge = { width: 232, height: 52 };

/** Covered wherever one of the rects is (a fake page: rects of its controls). */
const coveredBy = (rects: Rect[]) => (x: number, y: number) => rects.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);

describe('chooseCorner', () => {
  test('bottom-right when nothing is there', () => {
    expect(chooseCorner(badge, viewport, () => false)).toBe('bottom-right');
  });

  test('a 生意参谋-like fixed footer bar with 导出/下一页 buttons at the bottom right: bottom-left instead', () => {
    const footerButtons: Rect = { x: 1100, y: 700, width: 266, height: 68 };
    expect(chooseCorner(badge, viewport, coveredBy([footerButtons]))).toBe('bottom-left');
  });

  test('a full-width bottom toolbar: top-right', () => {
    const toolbar: Rect = { x: 0, y: 690, width: 1366, height: 78 };
    expect(chooseCorner(badge, viewport, coveredBy([toolbar]))).toBe('top-right');
  });

  test('toolbars at the bottom and a header with the account menu at the top right: top-left', () => {
    const rects: Rect[] = [
      { x: 0, y: 690, width: 1366, height: 78 },
      { x: 1000, y: 0, width: 366, height: 60 },
    ];
    expect(chooseCorner(badge, viewport, coveredBy(rects))).toBe('top-left');
  });

  test('every corner covered: the one covering the fewest probe points', () => {
    const rects: Rect[] = [
      { x: 0, y: 690, width: 1366, height: 78 }, // bottom: every probe of both bottom corners
      { x: 0, y: 0, width: 1366, height: 30 }, // a thin top bar: the top rows of both top corners
      { x: 1200, y: 0, width: 166, height: 768 }, // a right side rail: more of top-right
    ];
    expect(chooseCorner(badge, viewport, coveredBy(rects))).toBe('top-left');
  });

  test('a small control between sparse probe points is still found (a pagination button, 24 px)', () => {
    // 生意参谋's pagination "1 2 3 >" inside the bottom-right box, between where a 3 × 3 grid would look.
    const pageButton: Rect = { x: 1190, y: 712, width: 24, height: 24 };
    expect(chooseCorner(badge, viewport, coveredBy([pageButton]))).toBe('bottom-left');
  });

  test('probes a grid at most 20 px apart, 2 px inside the box', () => {
    const at = cornerPoint('top-left', badge, viewport);
    const points = probePoints(at, badge);
    expect(points[0]).toEqual({ x: 18, y: 18 });
    expect(points[points.length - 1]).toEqual({ x: 16 + 232 - 2, y: 16 + 52 - 2 });
    const xs = [...new Set(points.map((p) => p.x))];
    const ys = [...new Set(points.map((p) => p.y))];
    expect(points).toHaveLength(xs.length * ys.length);
    for (const list of [xs, ys]) for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBeLessThanOrEqual(20);
  });
});

describe('controlCoverage (elementsFromPoint on a page)', () => {
  function page(html: string, at: Record<string, string[]>) {
    document.body.innerHTML = html;
    // happy-dom does no layout: the fake says which elements (by id, topmost first) are at a point.
    document.elementsFromPoint = (x: number, y: number) =>
      (at[`${x},${y}`] ?? []).map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  }

  test('a button, a link, an input, an element inside a button and a role=button count; text and table cells do not', () => {
    page(
      `<main id="main"><table><tr><td id="cell">96.1%</td></tr></table>
       <button id="export"><span id="label">导出数据</span></button>
       <a id="next" href="#p2">下一页</a><input id="date" value="2026-11-26">
       <div id="tab" role="button">客服绩效</div><p id="text">统计时间</p></main>`,
      {
        '1,1': ['cell', 'main'],
        '2,2': ['label', 'export', 'main'],
        '3,3': ['next', 'main'],
        '4,4': ['date', 'main'],
        '5,5': ['tab', 'main'],
        '6,6': ['text', 'main'],
      },
    );
    const covered = controlCoverage(document);
    expect([1, 2, 3, 4, 5, 6].map((n) => covered(n, n))).toEqual([false, true, true, true, true, false]);
  });

  test('a frame counts: a console app in an iframe may have its pagination under the badge', () => {
    page(`<nav id="nav"></nav><iframe id="app" src="https://qn.taobao.com/kf"></iframe>`, { '1,1': ['app', 'nav'], '2,2': ['nav'] });
    const covered = controlCoverage(document);
    expect([covered(1, 1), covered(2, 2)]).toEqual([true, false]);
  });

  test('a small fixed toolbar counts; an app shell fixed over the whole viewport and sticky table cells do not', () => {
    page(
      `<div id="shell" style="position:fixed"><div id="bar" style="position:fixed">帮助</div><span id="inner">x</span>
       <table><tr><td id="sticky" style="position:sticky;left:0">同行同层均值</td></tr></table></div>`,
      {
        '10,10': ['bar', 'shell'],
        '20,20': ['inner', 'shell'],
        '30,30': ['sticky', 'shell'],
      },
    );
    const bar = document.getElementById('bar')!;
    const shell = document.getElementById('shell')!;
    bar.getBoundingClientRect = () => ({ x: 0, y: 0, width: 200, height: 40, top: 0, left: 0, right: 200, bottom: 40, toJSON: () => ({}) }) as DOMRect;
    shell.getBoundingClientRect = () =>
      ({ x: 0, y: 0, width: innerWidth, height: innerHeight, top: 0, left: 0, right: innerWidth, bottom: innerHeight, toJSON: () => ({}) }) as DOMRect;
    const covered = controlCoverage(document);
    expect(covered(10, 10)).toBe(true);
    expect(covered(20, 20)).toBe(false);
    expect(covered(30, 30)).toBe(false);
  });

  test('one placement works out each element once; the next one (after the microtask) sees the page as it is then', async () => {
    page(`<main id="main"><div id="row"><span id="a">1</span><span id="b">2</span></div></main>`, { '1,1': ['a', 'row', 'main'], '2,2': ['b', 'row', 'main'] });
    const matches = vi.spyOn(Element.prototype, 'matches');
    const covered = controlCoverage(document);
    expect([covered(1, 1), covered(2, 2)]).toEqual([false, false]);
    // Whether a control: a, b, and their ancestors row, main, body, <html> once each (6), never again for the
    // second point; whether a frame: the 4 elements at the points once each (4).
    expect(matches).toHaveBeenCalledTimes(10);
    matches.mockRestore();
    await Promise.resolve();
    document.getElementById('row')!.setAttribute('role', 'button'); // the row became a control
    expect([covered(1, 1), covered(2, 2)]).toEqual([true, true]);
  });

  test('the extension\'s own elements are ignored', () => {
    page(`<div id="ours"><button id="mine">x</button></div>`, { '7,7': ['mine', 'ours'] });
    const ours = document.getElementById('ours')!;
    expect(controlCoverage(document)(7, 7)).toBe(true);
    expect(controlCoverage(document, (el) => ours.contains(el))(7, 7)).toBe(false);
  });
});

describe('settledCorner', () => {
  const size = { width: 232, height: 52 };
  const view = { width: 1200, height: 800 };
  // A control bar along the bottom right, as a console renders its pagination after loading.
  const bottomRightBar = (x: number, y: number) => x > 600 && y > 700;
  test('keeps the current corner while it covers nothing', () => {
    expect(settledCorner('bottom-left', size, view, () => false)).toBe('bottom-left');
    expect(settledCorner('top-left', size, view, bottomRightBar)).toBe('top-left');
  });
  test('leaves a corner the console now uses for the first free one', () => {
    expect(settledCorner('bottom-right', size, view, bottomRightBar)).toBe('bottom-left');
    expect(settledCorner('bottom-right', size, view, (_x, y) => y > 700)).toBe('top-right');
  });
});
