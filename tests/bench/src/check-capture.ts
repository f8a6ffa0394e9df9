/** Compares what scanDocument found (parsed as the background parses it) with the fixture's expected rows, so a broken reader cannot look fast. */
import type { FoundTable } from '../../../lib/capture/scan-document';
import { parseRawTable } from '../../../lib/capture/parse-raw-table';
import { bigTable } from '../../fixtures/scenarios/big-table';
import { expectedRows } from '../../fixtures/scenarios/model';

export interface CaptureCheck {
  ok: boolean;
  tables: number;
  metrics: number;
  agentRows: number;
  benchmarkRows: number;
  wrongValues: number;
  firstProblem: string;
}

export function checkCapture(found: FoundTable[], rows: number, cols: number): CaptureCheck {
  const raw = found[0]?.table;
  const table = raw && parseRawTable(raw);
  const expected = expectedRows(bigTable(rows, cols));
  const byLabel = new Map(table?.rows.map((r) => [r.label, r]));
  let wrongValues = 0;
  let firstProblem = '';
  for (const want of expected) {
    const got = byLabel.get(want.label);
    for (const [metric, value] of Object.entries(want.values)) {
      const v = got?.values[metric];
      const same = value === null ? v === null : typeof v === 'number' && Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value));
      if (same) continue;
      wrongValues++;
      firstProblem ||= `${want.label}/${metric}: expected ${value}, got ${v}`;
    }
  }
  const agentRows = table?.rows.filter((r) => r.kind === 'agent').length ?? 0;
  const benchmarkRows = (table?.rows.length ?? 0) - agentRows;
  const metrics = table?.metrics.length ?? 0;
  const wantBench = expected.length - rows;
  const ok = found.length === 1 && metrics === cols && agentRows === rows && benchmarkRows === wantBench && wrongValues === 0;
  return { ok, tables: found.length, metrics, agentRows, benchmarkRows, wrongValues, firstProblem };
}
