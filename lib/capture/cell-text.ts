/**
 * The text a user sees in a cell, read once: textContent with whitespace folded. innerText would honour
 * CSS but forces layout per cell, which a 1,000-row table cannot afford; tooltips and icon glyphs that
 * leak into textContent are handled by header and value normalisation instead.
 */
export function cellText(el: Element): string {
  const raw = el.textContent;
  if (!raw) return '';
  return raw.replace(/\s+/g, ' ').trim();
}
