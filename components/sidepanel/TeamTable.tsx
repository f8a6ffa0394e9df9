import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { BenchmarkRow, TargetGap, TeamRow, TeamView } from '@/lib/analysis';
import { formatGap, formatMetricValue } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { ScoreBadge } from '@/components/standing/ScoreBadge';
import { metricLabel, metricUnit, type UiLang } from '@/components/standing/ui-language';
import { alertsByMetric } from './alerts-by-metric';
import { cellStatus, type CellStatus } from './cell-status';
import { nextSort, sameSortKey, sortTeamRows, type SortDirection, type TeamSortKey } from './sort-team-rows';
import { TrendAlertMark } from './TrendAlertMark';

const BENCHMARK_KEYS: Record<BenchmarkRow['kind'], PlainKey> = {
  team_total: 'spBenchTeamTotal',
  team_average: 'spBenchTeamAverage',
  peer_average: 'spBenchPeerAverage',
  peer_top: 'spBenchPeerTop',
};
const MARKS: Record<CellStatus, string> = { pass: '✓', near: '≈', fail: '✗', none: '' };
const STATUS_KEYS: Record<Exclude<CellStatus, 'none'>, PlainKey> = { pass: 'standingPass', near: 'spCellNear', fail: 'standingFail' };

/**
 * Every agent row's height, fixed in sidepanel.css (one line: nowrap cells, the compact score badge):
 * rows are not measured, as measuring reads layout during each commit.
 */
const ROW_HEIGHT_PX = 33;
/** Rows rendered beyond the visible ones on each side: a fast scroll shows rows, not blank space. */
const OVERSCAN = 12;
/**
 * The height assumed while the table is not laid out (a hidden tab, or a DOM without layout in tests):
 * enough rows to fill a tall panel; the real height replaces it as soon as the table is shown.
 */
const UNLAID_HEIGHT_PX = 900;

/** The virtualiser's size of the scroll box, or UNLAID_HEIGHT_PX while it has none. */
const observeRectOrDefault: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: UNLAID_HEIGHT_PX }));

interface TeamTableProps {
  view: TeamView;
  /** The rows the filters keep; null = every row. */
  visible?: ReadonlySet<TeamRow> | null;
  /** The mean of the rows shown, when a filter is on: a reference row under the benchmark rows. */
  shownAverage?: Record<string, number | null> | null;
  /** The trend alerts are still being read (they come after the rows): `data-alerts` says so. */
  alertsPending?: boolean;
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}

/**
 * Agents × metrics for one period. Reference rows (team and peer benchmarks, and the mean of the agents
 * shown when filtered) stay pinned under the header; the agent column sticks while the metrics scroll
 * sideways. Only the rows in view (and a few around) are in the DOM: a team of 1,000 agents costs what
 * one screen costs. Cells are coloured by the gap to the agent's own scheme and carry a mark and a title,
 * so the status never rests on colour alone.
 */
export function TeamTable({ view, visible = null, shownAverage = null, alertsPending = false, lang, onOpenAgent }: TeamTableProps) {
  const [sort, setSort] = useState<{ key: TeamSortKey; direction: SortDirection }>({ key: { column: 'score' }, direction: 'descending' });
  // Sorted once per data load and sort order; a filter only picks from the sorted list.
  const sorted = useMemo(() => sortTeamRows(view.rows, sort.key, sort.direction), [view.rows, sort]);
  const rows = useMemo(() => (visible ? sorted.filter((row) => visible.has(row)) : sorted), [sorted, visible]);
  const onSort = (key: TeamSortKey) => setSort((current) => nextSort(current, key));
  const ariaSort = (key: TeamSortKey) => (sameSortKey(sort.key, key) ? sort.direction : 'none');

  const scrollRef = useRef<HTMLDivElement>(null);
  // The project does not run the React Compiler; the virtualiser re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN,
    observeElementRect: observeRectOrDefault,
    getItemKey: (i) => rows[i]!.agent.key,
  });
  // Another filter shows another list: from its top. The virtualiser's offset is known without a layout;
  // touching scrollTop while the new rows are unlaid would force one inside the commit.
  useEffect(() => {
    if (scrollRef.current && (virtualizer.scrollOffset ?? 0) > 0) scrollRef.current.scrollTop = 0;
  }, [visible, virtualizer]);

  const references = view.benchmarks.length + (shownAverage ? 1 : 0);
  const columns = 4 + view.metrics.length;

  return (
    <div className="team-scroll" role="region" aria-label={t('spTeamTableLabel')} tabIndex={0} ref={scrollRef}>
      <table className="team-table" data-testid="team-table" data-alerts={alertsPending ? 'loading' : 'ready'} aria-rowcount={1 + references + rows.length}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="sticky" aria-sort={ariaSort({ column: 'name' })}>
              <SortButton label={t('spColAgent')} direction={ariaSort({ column: 'name' })} onClick={() => onSort({ column: 'name' })} />
            </th>
            <th scope="col" aria-sort={ariaSort({ column: 'score' })}>
              <SortButton label={t('spColScore')} direction={ariaSort({ column: 'score' })} onClick={() => onSort({ column: 'score' })} />
            </th>
            <th scope="col" className="plain">{t('spColWeakest')}</th>
            <th scope="col" className="plain" aria-busy={alertsPending || undefined}>
              {t('spColAlerts')}
            </th>
            {view.metrics.map((metric) => {
              const key: TeamSortKey = { column: 'metric', metric };
              return (
                <th key={metric} scope="col" aria-sort={ariaSort(key)} className="metric">
                  <SortButton label={metricLabel(metric)} direction={ariaSort(key)} onClick={() => onSort(key)} />
                </th>
              );
            })}
          </tr>
          {view.benchmarks.map((b, i) => (
            <tr key={b.label} className="reference" data-testid="benchmark-row" data-kind={b.kind} aria-rowindex={2 + i}>
              <th scope="row" className="sticky">
                <span className="bench-label">{b.label}</span>
                {t(BENCHMARK_KEYS[b.kind]) !== b.label && <span className="bench-kind">{t(BENCHMARK_KEYS[b.kind])}</span>}
              </th>
              <td colSpan={3} />
              <ReferenceCells values={b.values} metrics={view.metrics} lang={lang} />
            </tr>
          ))}
          {shownAverage && (
            <tr className="reference shown-average" data-testid="shown-average-row" aria-rowindex={2 + view.benchmarks.length}>
              <th scope="row" className="sticky" title={t('spShownAverageTitle')}>
                <span className="bench-label">{t('spShownAverage')}</span>
                <span className="bench-kind">{t('countAgents', rows.length, [rows.length.toLocaleString()])}</span>
              </th>
              <td colSpan={3} />
              <ReferenceCells values={shownAverage} metrics={view.metrics} lang={lang} />
            </tr>
          )}
        </thead>
        <tbody>
          <VirtualRows virtualizer={virtualizer} rows={rows} columns={columns} firstIndex={2 + references} metrics={view.metrics} lang={lang} onOpenAgent={onOpenAgent} />
        </tbody>
      </table>
    </div>
  );
}

function ReferenceCells({ values, metrics, lang }: { values: Record<string, number | null>; metrics: readonly string[]; lang: UiLang }) {
  return metrics.map((metric) => (
    <td key={metric} className="num">
      {values[metric] === undefined ? '' : formatMetricValue(values[metric] ?? null, metricUnit(metric), lang)}
    </td>
  ));
}

/** The rows in view between two spacer rows that keep the scroll height of the whole list. */
function VirtualRows({
  virtualizer,
  rows,
  columns,
  firstIndex,
  metrics,
  lang,
  onOpenAgent,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  rows: readonly TeamRow[];
  columns: number;
  firstIndex: number;
  metrics: readonly string[];
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}) {
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return (
    <>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {items.map((item) => (
        <AgentRow
          key={item.key as string}
          rowIndex={firstIndex + item.index}
          row={rows[item.index]!}
          metrics={metrics}
          lang={lang}
          onOpenAgent={onOpenAgent}
        />
      ))}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

function SortButton({ label, direction, onClick }: { label: string; direction: SortDirection | 'none'; onClick: () => void }) {
  return (
    <button type="button" className="sort-button" onClick={onClick}>
      {label}
      <span aria-hidden="true" className="sort-arrow">
        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
}

const AgentRow = memo(function AgentRow({
  rowIndex,
  row,
  metrics,
  lang,
  onOpenAgent,
}: {
  rowIndex: number;
  row: TeamRow;
  metrics: readonly string[];
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}) {
  const { agent, standing } = row;
  const gaps = useMemo(() => new Map((standing?.gaps ?? []).map((g) => [g.metric, g])), [standing]);
  const weakest = standing?.weakest ?? null;
  return (
    <tr data-testid="team-row" data-agent={agent.key} aria-rowindex={rowIndex} onClick={() => onOpenAgent(agent.key)}>
      <th scope="row" className="sticky">
        <button
          type="button"
          className="agent-link"
          title={agent.key}
          onClick={(event) => {
            event.stopPropagation();
            onOpenAgent(agent.key);
          }}
        >
          {agent.name}
        </button>
        {agent.isMe && <span className="me-badge">{t('spMe')}</span>}
      </th>
      <td>
        <ScoreBadge score={standing?.score ?? null} grade={standing?.grade ?? null} compact />
      </td>
      <td>
        <span
          className={`weakest-cell${weakest?.meetsTarget ? ' ok' : ''}`}
          data-testid="weakest-metric"
          data-agent={agent.key}
          data-metric={weakest?.metric ?? ''}
          title={weakest ? (weakest.meetsTarget ? t('standingLeastMargin') : t('standingWeakest')) + metricLabel(weakest.metric) : t('spNoScheme')}
        >
          {weakest ? metricLabel(weakest.metric) : '—'}
        </span>
      </td>
      <td>
        <span className="alert-list">
          {alertsByMetric(row.alerts).map((group) => (
            <TrendAlertMark key={group[0]!.metric} alerts={group} agent={agent.key} lang={lang} />
          ))}
        </span>
      </td>
      {metrics.map((metric) => (
        <ValueCell key={metric} value={row.values[metric]} metric={metric} gap={gaps.get(metric)} lang={lang} />
      ))}
    </tr>
  );
});

function ValueCell({ value, metric, gap, lang }: { value: number | null | undefined; metric: string; gap: TargetGap | undefined; lang: UiLang }) {
  if (value === undefined) return <td className="num absent" />;
  const unit = metricUnit(metric);
  const status = value === null ? 'none' : cellStatus(gap);
  const title =
    gap && status !== 'none'
      ? t('spCellTitle', [t(STATUS_KEYS[status]), formatMetricValue(gap.target, unit, lang), formatGap(gap.gap, unit, lang)])
      : undefined;
  return (
    <td className={`num cell-${status}`} title={title} data-status={status}>
      {status !== 'none' && (
        <span className="cell-mark" aria-hidden="true">
          {MARKS[status]}
        </span>
      )}
      {formatMetricValue(value, unit, lang)}
      {title && <span className="visually-hidden">{` (${title})`}</span>}
    </td>
  );
}
