const COMPARISON = /\s*(?:较|环比|同比|对比|比前|比上|vs\b)/i;

/**
 * Consoles print a change line under a value in the same cell ("45.67% 较前一日 ↑3.2%", "1,234 环比
 * -5%"). The cell's value is the text before that line. Called only for cells that do not parse whole.
 */
export function mainValueText(text: string): string {
  const match = COMPARISON.exec(text);
  return match && match.index > 0 ? text.slice(0, match.index) : text;
}
