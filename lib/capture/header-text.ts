import { cellText, foldSpaces } from './cell-text';

/**
 * Header cells may carry tooltip bodies, sort labels or screen-reader text beside the title. innerText
 * skips what CSS hides; it costs a layout, which is fine for the few header cells of a table (body
 * cells use the cheaper cellText). A cell hidden as a whole (antd v3 hides the main table's copies of
 * locked columns with visibility:hidden) has no innerText, yet is still that column's header.
 */
export function headerText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  if (typeof inner === 'string' && isRendered(el)) {
    const visible = foldSpaces(inner);
    if (visible !== '') return visible;
  }
  return foldSpaces(cellText(el));
}

/** innerText falls back to textContent on elements that are not rendered (display:none frames, detached). */
function isRendered(el: Element): boolean {
  const html = el as HTMLElement;
  return html.isConnected && html.getClientRects?.().length > 0;
}
