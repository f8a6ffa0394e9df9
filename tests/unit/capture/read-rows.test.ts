// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readRowTexts } from '../../../lib/capture/read-rows';

function rows(markup: string): Element[] {
  document.body.innerHTML = `<table><tbody>${markup}</tbody></table>`;
  return Array.from(document.querySelectorAll('tr'));
}

describe('readRowTexts', () => {
  test('plain rows read as their raw texts (values and labels are trimmed where they are used)', () => {
    expect(readRowTexts(rows('<tr><td> 店:小美 </td><td>98%</td></tr><tr><td>阿杰</td><td>\n 97% \n</td></tr>'))).toEqual([
      [' 店:小美 ', '98%'],
      ['阿杰', '\n 97% \n'],
    ]);
  });

  test('colspan repeats the text; rowspan carries it into the rows below, shifting their cells right', () => {
    expect(readRowTexts(rows('<tr><td colspan="2">合计</td><td>1</td></tr><tr><td rowspan="2">组A</td><td>小美</td><td>2</td></tr><tr><td>阿杰</td><td>3</td></tr>'))).toEqual([
      ['合计', '合计', '1'],
      ['组A', '小美', '2'],
      ['组A', '阿杰', '3'],
    ]);
  });

  // rowspan="0" (to the end of the section) is read from Chrome's native rowSpan (0); happy-dom reports 1.
  test('a rowspan in the last column reaching past the end of the section is bounded', () => {
    expect(readRowTexts(rows('<tr><td>a</td><td rowspan="5">x</td></tr><tr><td>b</td></tr>'))).toEqual([
      ['a', 'x'],
      ['b', 'x'],
    ]);
  });

  test('nonsense spans read as 1', () => {
    expect(readRowTexts(rows('<tr><td colspan="abc">a</td><td rowspan="-3">b</td></tr>'))).toEqual([['a', 'b']]);
  });
});
