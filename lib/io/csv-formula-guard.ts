/**
 * Excel and WPS run a cell that starts with = + - @ (or tab / CR) as a formula, so an agent nickname like
 * `=HYPERLINK(...)` could execute when a manager opens the export. Such text is written with a leading
 * apostrophe, which both show as plain text. To keep the round trip exact, a leading apostrophe in the
 * original text is doubled too: import always removes exactly one leading apostrophe.
 *
 * Applied to free-text columns only (agent, source). Numbers are written as numbers, so a negative value
 * stays `-3.5`, and the other columns are validated dates, ids and enums that cannot start a formula.
 */
const NEEDS_GUARD = /^[=+\-@\t\r']/;

export function guardCell(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

export function unguardCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
