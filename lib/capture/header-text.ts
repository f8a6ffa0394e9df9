import { cellText } from './cell-text';

/**
 * Header cells may carry tooltip bodies, sort labels or screen-reader text beside the title. innerText
 * skips what CSS hides; it costs a layout, which is fine for the few header cells of a table (body
 * cells use the cheaper cellText).
 */
export function headerText(el: Element): string {
  const inner = (el as HTMLElement).innerText;
  if (typeof inner === 'string' && isRendered(el)) return inner.replace(/\s+/g, ' ').trim();
  return cellText(el);
}

/** innerText falls back to textContent on elements that are not rendered (display:none frames, detached). */
function isRendered(el: Element): boolean {
  const html = el as HTMLElement;
  return html.isConnected && html.getClientRects?.().length > 0;
}
