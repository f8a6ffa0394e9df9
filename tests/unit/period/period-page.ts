// Helpers shared by the findPeriod tests (happy-dom pages).

/** Friday 2026-11-27, 09:00 local: yesterday is 11-26, last week 11-16..11-22, this week began 11-23. */
export const today = new Date(2026, 10, 27, 9, 0);
export const TABLE = '<table id="t"><tbody><tr><td>小美</td><td>98.5%</td></tr></tbody></table>';

export function page(html: string): void {
  document.body.innerHTML = html;
}
/** Sets input values as React does: through the property, leaving the attribute alone. */
export function setValues(selector: string, ...values: string[]): void {
  document.querySelectorAll<HTMLInputElement>(selector).forEach((input, i) => {
    input.value = values[i] ?? '';
  });
}
export const table = () => document.getElementById('t')!;
export const found = (start: string, end: string, evidence: string) => ({ start, end, guessed: false, evidence });
export const GUESSED = { start: '2026-11-26', end: '2026-11-26', guessed: true, evidence: '' };
