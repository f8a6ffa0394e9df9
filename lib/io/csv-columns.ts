/** The CSV value format, shared by export and import. The first five columns and their order are the contract. */
export const CSV_COLUMNS = [
  'period_start',
  'period_end',
  'agent',
  'metric',
  'value',
  'unit',
  'row_kind',
  'source',
  'console',
  'captured_at',
  'period_guessed',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Without these an import cannot place a value; the rest have defaults. */
export const REQUIRED_CSV_COLUMNS: readonly CsvColumn[] = ['period_start', 'period_end', 'agent', 'metric', 'value'];
