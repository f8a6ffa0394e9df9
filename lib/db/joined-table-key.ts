import { tablePlace } from '../capture';
import type { SnapshotRecord } from '../model/schemas';

/**
 * The table a capture joins. A console that shows a few metrics at a time (千牛's 客服绩效: at most 6,
 * chosen with checkboxes) re-renders the same table for the same agents and period with other columns;
 * its table key (place + metric set, lib/capture/table-key.ts) then differs, but it is the same table.
 * When a snapshot of the same console, place and period holds the capture's rows — or the capture holds
 * the snapshot's (a set shown before the table finished loading) — the capture is filed under that
 * snapshot's table, so its metrics join the same agents and period instead of starting a copy.
 * Of several such snapshots the one sharing the most rows wins, then the oldest. Otherwise: its own key.
 */
export function joinedTableKey(
  capture: { console: string; tableKey: string; labels: readonly string[] },
  snapshotsOfPeriod: readonly Pick<SnapshotRecord, 'sourceKey' | 'labels' | 'firstCapturedAt'>[],
): string {
  const prefix = `${capture.console}|`;
  const place = tablePlace(capture.tableKey);
  const labels = new Set(capture.labels);
  if (labels.size === 0) return capture.tableKey;
  let best: { tableKey: string; shared: number; first: string } | null = null;
  for (const s of snapshotsOfPeriod) {
    if (!s.sourceKey.startsWith(prefix)) continue;
    const tableKey = s.sourceKey.slice(prefix.length);
    if (tableKey === capture.tableKey) return tableKey;
    if (tablePlace(tableKey) !== place) continue;
    const shared = s.labels.filter((label) => labels.has(label)).length;
    const sameRows = shared === labels.size || shared === s.labels.length;
    if (!sameRows || shared === 0) continue;
    if (!best || shared > best.shared || (shared === best.shared && s.firstCapturedAt < best.first)) {
      best = { tableKey, shared, first: s.firstCapturedAt };
    }
  }
  return best?.tableKey ?? capture.tableKey;
}
