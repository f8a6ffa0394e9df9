const COMPARISON = /\s*(?:较|环比|同比|对比|比前|比上|vs\b)/i;

/**
 * Consoles print a change line under a value in the same cell ("45.67% 较前一日 ↑3.2%", "1,234 环比
 * -5%"). The cell's value is the text before that line.
 */
export function mainValueText(text: string): string {
  // Every marker has 较, 比 or vs: a cheap test first, since this runs for every cell.
  if (text.indexOf('较') === -1 && text.indexOf('比') === -1 && text.indexOf('vs') === -1 && text.indexOf('VS') === -1) return text;
  const match = COMPARISON.exec(text);
  return match && match.index > 0 ? text.slice(0, match.index) : text;
}
