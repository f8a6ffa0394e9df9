/**
 * A body cell's text, read once and left raw: textContent (innerText would honour CSS but forces
 * layout per cell, which a 1,000-row table cannot afford). Value parsing trims and drops spaces
 * itself, and labels are folded where they are used (foldSpaces), so the hot path does no string work.
 */
export function cellText(el: Element): string {
  return el.textContent ?? '';
}

/** Whitespace runs (line breaks and indentation between elements) as one space, trimmed. */
export function foldSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
