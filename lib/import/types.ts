import type { Text } from '../model';
import type { AgentRole } from '../analysis';
import type { ConsoleId, LeftOutColumn, RowKind } from '../model';
import type { KefuDatabase } from '../db';

/**
 * The import of report files exported by the consoles (issue 4): what `readReportFiles` shows in the
 * preview, what the user chooses, and what `applyReportImport` answers. Nothing is written before apply.
 */

/** One file as the options page hands it over (File → arrayBuffer → Uint8Array). */
export interface ReportFileInput {
  name: string;
  bytes: Uint8Array;
}

export interface ReadReportOptions {
  /** The user's local date (YYYY-MM-DD): resolves dates written without a year; later days are problems. */
  today: string;
  /** When given, files whose hash is in its capture log are marked `alreadyImported`. Read only. */
  db?: KefuDatabase;
}

/**
 * Where a sheet's period comes from.
 * - `date-column`: a 日期 column, one row per agent per day; start/end = first/last day, days = distinct
 *   periods in the column (days, for a daily export).
 * - `file-name`: the period written in the file name (start/end set).
 * - `needed`: neither; the user must enter it (choices.periods[sheet.id]) before apply. Never guessed.
 */
export interface SheetPeriod {
  kind: 'date-column' | 'file-name' | 'needed';
  start?: string;
  end?: string;
  days?: number;
}

/** A recognised metric column, in the order of `SheetRow.values`. */
export interface SheetMetric {
  /** Metric id of lib/model/metric-catalog. */
  id: string;
  /** The header text as the file wrote it (the leaf of a grouped header). */
  header: string;
  /** True when this percent column held ratios (0.4567) and was read ×100. */
  decimalRate?: boolean;
}

/**
 * A column that is not imported, and why: its header names no metric (`unrecognised`), an earlier column
 * of the sheet already holds its metric (`duplicate_metric`: the first is kept, the second never fills its
 * gaps), or it is a known non-metric column (`not_a_metric`: 序号, 操作, 账号名称, a second agent or date
 * column). The page words the reason (public/_locales); the role column (旺旺类型) is used, not left out.
 */
export interface LeftOutHeader extends LeftOutColumn {
  /** Column letter as the spreadsheet shows it (A, B, … AA). */
  column: string;
  /** For duplicate_metric: the letter of the kept column. */
  keptColumn?: string;
}

/** A cell that could not be read: stored as missing (null), shown in the preview. */
export interface CellProblem {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  /** Column letter as the spreadsheet shows it (A, B, … AA). */
  column: string;
  text: string;
  reason: Text;
}

/** One agent or benchmark row, with values aligned to `SheetPreview.metrics` (null = missing, never 0). */
export interface SheetRow {
  label: string;
  kind: RowKind;
  /**
   * The row's own period when the sheet has a date column: one day (`2026-11-20`), or the range a
   * 统计周期 cell states (`2026-11-01~2026-11-07`). Null otherwise: the sheet's period applies.
   * Rows of the same period share one object.
   */
  period: { start: string; end: string } | null;
  values: (number | null)[];
}

export interface SheetPreview {
  /** File id + sheet name: the key of `choices.periods`. */
  id: string;
  /** The sheet name as in the workbook (a CSV has one sheet, named after the file). */
  sheet: string;
  /** Where apply files the values: `file|<console>|<report>#<sheet>` (lib/import/source-key.ts). */
  sourceKey: string;
  /** 1-based row number of the (leaf) header row. */
  headerRow: number;
  period: SheetPeriod;
  /** Agent labels, in file order, each once. */
  agents: string[];
  /** Benchmark rows (汇总, 均值, 同行同层均值 …), each once. */
  benchmarks: { label: string; kind: RowKind }[];
  metrics: SheetMetric[];
  /** Every column with a header that is not imported, in column order. */
  leftOut: LeftOutHeader[];
  /** The header of the column stating each agent's role (`旺旺类型`), or null. */
  roleColumn: string | null;
  /** The role each agent's row states (the last one in file order), agents in file order; empty without a role column. */
  roles: { label: string; role: AgentRole }[];
  problems: CellProblem[];
  /** Problems beyond the listed ones (the list is capped so a broken column cannot flood the page). */
  moreProblems: number;
  /** Values that apply will write: rows × metrics, missing included. */
  valueCount: number;
  rows: SheetRow[];
}

/** A sheet that holds no agent table (notes, charts, an empty sheet), listed so nothing vanishes silently. */
export interface SkippedSheet {
  sheet: string;
  reason: Text;
}

export interface FilePreview {
  /** Unique within the preview (index + name): the UI key and the prefix of sheet ids. */
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  /** SHA-256 of the bytes, hex. '' when the file was not read (too big). */
  hash: string;
  /** Why the file cannot be imported (not a spreadsheet, corrupt, too big, no agent table); null when readable. */
  error: Text | null;
  /** The capture log already holds a file with this hash: apply skips it, re-importing changes nothing. */
  alreadyImported: boolean;
  /** The name of an earlier file of the same batch with the same bytes (then also `alreadyImported`); else null. */
  duplicateOf: string | null;
  /** Detected from the file name and the headers; 'custom' when nothing says. */
  console: ConsoleId;
  sheets: SheetPreview[];
  skippedSheets: SkippedSheet[];
}

export interface ImportPreview {
  files: FilePreview[];
}

export interface ApplyChoices {
  /** Period per sheet id, for sheets whose period is `needed` (also overrides a file-name period). */
  periods: Record<string, { start: string; end: string }>;
}

export type ApplyReportResult =
  | {
      ok: true;
      /** Files written (not counting skipped ones). */
      files: number;
      /** Value records written. */
      values: number;
      /** Names of files skipped because they were already imported (or held nothing to import). */
      skipped: string[];
      /** Agent profiles whose role guess the files' role column (旺旺类型) set or changed. */
      roleGuesses: number;
    }
  | { ok: false; problems: Text[] };
