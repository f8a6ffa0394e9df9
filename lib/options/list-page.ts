/** One page of a long list, with where it sits: the page index is clamped, so a list that shrank never shows an empty page. */
export interface ListPage<T> {
  items: T[];
  /** 0-based index of the page shown (clamped into range). */
  page: number;
  pages: number;
  /** 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  first: number;
  last: number;
}

export function listPage<T>(items: readonly T[], page: number, size: number): ListPage<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pages - 1);
  const start = shown * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page: shown, pages, first: slice.length ? start + 1 : 0, last: start + slice.length };
}
