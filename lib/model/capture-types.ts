import type { ConsoleId } from './console-sites';
import type { HeaderUnitHint, LeftOutColumn, RowKind } from './metric-types';

/** Which console a capture came from: the top page's console, else the frame's host (lib/capture/console-of-frame.ts). */
export type { ConsoleId };

/**
 * A table as text, after the DOM quirks are resolved: one leaf header per column, and body/footer rows
 * with exactly one cell per column. Readers of native tables, split fixed-header tables, locked-column
 * layers and ARIA grids all produce this.
 */
export interface TableGrid {
  headers: string[];
  rows: string[][];
  /** Rows from tfoot or a separate fixed footer: summary rows, usually. */
  footerRows: string[][];
}

export interface CapturedRow {
  /** The agent text as shown, trimmed; for benchmark rows the label (汇总, 均值 …). */
  label: string;
  kind: RowKind;
  /** metric id → canonical value; null = missing (never 0). */
  values: Record<string, number | null>;
}

export interface CaptureWarning {
  row: string;
  metric: string;
  text: string;
  reason: string;
}

/** One comparison table read from a grid: what the content script sends, minus source and period. */
export interface CapturedTable {
  metrics: string[];
  /** Header text per recognised metric column, for the capture log. */
  headerTexts: Record<string, string>;
  rows: CapturedRow[];
  warnings: CaptureWarning[];
  /**
   * Every column that was not stored, and why (unrecognised header, a second column of one metric, a
   * non-metric column such as 序号 or 日期); not the agent column, not empty checkbox headers.
   */
  leftOut: LeftOutColumn[];
}

export interface PeriodInfo {
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  /** True when nothing on the page said the period and yesterday was assumed (consoles show T+1). */
  guessed: boolean;
  /** The page text the period was read from, for the capture log ('' when guessed). */
  evidence: string;
}

export interface CaptureSource {
  console: ConsoleId;
  /** URL of the top page (as far as the frame can know it) and of the frame holding the table. */
  pageUrl: string;
  frameUrl: string;
  /** Stable across pagination, sorting and re-rendering of one table; see lib/capture/table-key.ts. */
  tableKey: string;
}

export interface Capture extends CapturedTable {
  source: CaptureSource;
  period: PeriodInfo;
}

/**
 * One comparison table as the content script sends it: the recognised columns and, per row, the raw
 * cell texts, unparsed. The background parses them (lib/capture/parse-raw-table.ts) into a CapturedTable,
 * so the page pays only for reading the cells. Parallel arrays and string rows: no object per cell.
 */
export interface RawTable {
  /** Recognised metric ids, one per read column, in column order. */
  metrics: string[];
  /** Per metric: the unit its header names (`平均响应时间(秒)` → seconds), from recognizeHeader. */
  hints: (HeaderUnitHint | null)[];
  /** Per metric: the header text as printed, for the capture log. */
  headers: string[];
  /** Per row: the row's label (agent or benchmark), then each metric's cell text as read, in `metrics` order. */
  rows: RawRow[];
  leftOut: LeftOutColumn[];
}

/** A raw row: its label, then one cell text per metric. */
export type RawRow = [label: string, ...texts: string[]];

/** What the content script sends per table: the raw table, where it was read and the period shown. */
export interface RawCapture extends RawTable {
  source: CaptureSource;
  period: PeriodInfo;
}
