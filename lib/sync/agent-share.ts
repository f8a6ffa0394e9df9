import { captureDocId, type CaptureDoc, type SharedDoc, type ValuesDoc } from './sync-documents';

/**
 * What an agent's own database holds, chosen from the shop's documents (pure; fill-agent-databases.ts
 * does the reads and writes):
 * - the agent's month records: the mapped texts and the aliases their profiles list (one agent, several texts);
 * - the benchmark rows (汇总, 均值, 同行均值 … every origin not an agent row) of the same tables and months
 *   only: they are what the views compare the agent with, and a benchmark of a table the agent is not in
 *   (another team's, perhaps of one person) would show someone else's numbers;
 * - the captures those records name, with the parse warnings of other agents' rows left out (a warning
 *   quotes the row's text and cell);
 * - every KPI scheme (the manager's, judged by) and the agent's own profiles.
 * Other agents' records and profiles never leave the shop database.
 */
export function agentShareOf(shopDocs: readonly SharedDoc[], mappedLabels: readonly string[]): SharedDoc[] {
  const labels = new Set(mappedLabels);
  const profiles = shopDocs.filter((d) => d.kind === 'profile' && labels.has(d.profile.key));
  for (const p of profiles) if (p.kind === 'profile') for (const alias of p.profile.aliases) labels.add(alias);

  const values = shopDocs.filter((d): d is ValuesDoc => d.kind === 'values');
  const own = values.filter((d) => labels.has(d.label));
  const tables = new Set(own.map((d) => `${d.month}|${d.sourceKey}`));
  const benchmarks = values.filter((d) => !labels.has(d.label) && d.origins.every((o) => o.rowKind !== 'agent') && tables.has(`${d.month}|${d.sourceKey}`));

  const shownRows = new Set([...labels, ...benchmarks.map((d) => d.label)]);
  const named = new Set([...own, ...benchmarks].flatMap((d) => d.origins.map((o) => o.capture)));
  const captures = shopDocs
    .filter((d): d is CaptureDoc => d.kind === 'capture' && named.has(captureDocId(d.capture)))
    .map((d): CaptureDoc => ({ ...d, capture: { ...d.capture, warnings: d.capture.warnings.filter((w) => shownRows.has(w.row)) } }));

  const schemes = shopDocs.filter((d) => d.kind === 'scheme');
  return [...captures, ...own, ...benchmarks, ...schemes, ...profiles];
}

