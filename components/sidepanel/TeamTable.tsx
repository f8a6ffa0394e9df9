import { memo, useMemo, useState } from 'react';
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

interface TeamTableProps {
  view: TeamView;
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}

/**
 * Agents × metrics for one period. Reference rows (team and peer benchmarks) on top; the agent column
 * sticks while the metrics scroll sideways. Cells are coloured by the gap to the agent's own scheme and
 * carry a mark and a title, so the status never rests on colour alone.
 */
export function TeamTable({ view, lang, onOpenAgent }: TeamTableProps) {
  const [sort, setSort] = useState<{ key: TeamSortKey; direction: SortDirection }>({ key: { column: 'score' }, direction: 'descending' });
  const rows = useMemo(() => sortTeamRows(view.rows, sort.key, sort.direction), [view.rows, sort]);
  const onSort = (key: TeamSortKey) => setSort((current) => nextSort(current, key));
  const ariaSort = (key: TeamSortKey) => (sameSortKey(sort.key, key) ? sort.direction : 'none');

  return (
    <div className="team-scroll" role="region" aria-label={t('spTeamTableLabel')} tabIndex={0}>
      <table className="team-table" data-testid="team-table">
        <thead>
          <tr>
            <th scope="col" className="sticky" aria-sort={ariaSort({ column: 'name' })}>
              <SortButton label={t('spColAgent')} direction={ariaSort({ column: 'name' })} onClick={() => onSort({ column: 'name' })} />
            </th>
            <th scope="col" aria-sort={ariaSort({ column: 'score' })}>
              <SortButton label={t('spColScore')} direction={ariaSort({ column: 'score' })} onClick={() => onSort({ column: 'score' })} />
            </th>
            <th scope="col" className="plain">{t('spColWeakest')}</th>
            <th scope="col" className="plain">{t('spColAlerts')}</th>
            {view.metrics.map((metric) => {
              const key: TeamSortKey = { column: 'metric', metric };
              return (
                <th key={metric} scope="col" aria-sort={ariaSort(key)} className="metric">
                  <SortButton label={metricLabel(metric)} direction={ariaSort(key)} onClick={() => onSort(key)} />
                </th>
              );
            })}
          </tr>
        </thead>
        {view.benchmarks.length > 0 && (
          <tbody className="reference">
            {view.benchmarks.map((b) => (
              <tr key={b.label} data-testid="benchmark-row" data-kind={b.kind}>
                <th scope="row" className="sticky">
                  <span className="bench-label">{b.label}</span>
                  {t(BENCHMARK_KEYS[b.kind]) !== b.label && <span className="bench-kind">{t(BENCHMARK_KEYS[b.kind])}</span>}
                </th>
                <td colSpan={3} />
                {view.metrics.map((metric) => (
                  <td key={metric} className="num">
                    {b.values[metric] === undefined ? '' : formatMetricValue(b.values[metric] ?? null, metricUnit(metric), lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        )}
        <tbody>
          {rows.map((row) => (
            <AgentRow key={row.agent.key} row={row} metrics={view.metrics} lang={lang} onOpenAgent={onOpenAgent} />
          ))}
        </tbody>
      </table>
    </div>
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
  row,
  metrics,
  lang,
  onOpenAgent,
}: {
  row: TeamRow;
  metrics: readonly string[];
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}) {
  const { agent, standing } = row;
  const gaps = useMemo(() => new Map((standing?.gaps ?? []).map((g) => [g.metric, g])), [standing]);
  const weakest = standing?.weakest ?? null;
  return (
    <tr data-testid="team-row" data-agent={agent.key} onClick={() => onOpenAgent(agent.key)}>
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
