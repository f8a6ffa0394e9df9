import { describe, expect, it } from 'vitest';
import { listPage } from '../../../lib/options/list-page';

const items = Array.from({ length: 105 }, (_, i) => i);

describe('listPage', () => {
  it('cuts a page and says where it sits', () => {
    expect(listPage(items, 0, 50)).toMatchObject({ page: 0, pages: 3, first: 1, last: 50 });
    expect(listPage(items, 0, 50).items).toEqual(items.slice(0, 50));
    const last = listPage(items, 2, 50);
    expect(last).toMatchObject({ page: 2, pages: 3, first: 101, last: 105 });
    expect(last.items).toEqual([100, 101, 102, 103, 104]);
  });

  it('clamps a page past the end (the list shrank under it) or before the start', () => {
    expect(listPage(items.slice(0, 30), 2, 50)).toMatchObject({ page: 0, pages: 1, first: 1, last: 30 });
    expect(listPage(items, -3, 50)).toMatchObject({ page: 0, first: 1 });
    expect(listPage(items, Number.NaN, 50)).toMatchObject({ page: 0, first: 1 });
  });

  it('an empty list is one empty page', () => {
    expect(listPage([], 4, 50)).toEqual({ items: [], page: 0, pages: 1, first: 0, last: 0 });
  });

  it('refuses a page size that is not a positive integer, naming it', () => {
    expect(() => listPage(items, 0, 0)).toThrow('page size must be a positive integer, not 0');
    expect(() => listPage(items, 0, 2.5)).toThrow('not 2.5');
  });
});
