import Papa from 'papaparse';
import type { Grid } from './grid';

/**
 * Decoded CSV/TSV text → grid. The delimiter is detected (consoles write commas, "Excel text" writes
 * tabs); quoted cells may hold delimiters and line breaks. Every cell stays text: the value grammar
 * reads it, so `0.4567`, `45.67%` and `8小时32分` take the same path as workbook text.
 */
export function csvGrid(text: string): Grid {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, dynamicTyping: false });
  return parsed.data;
}
