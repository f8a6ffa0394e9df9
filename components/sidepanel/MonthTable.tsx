import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { AgentMonth, MonthBenchmark, MonthMetricJudgement, MonthVolume } from '@/lib/analysis';
import { formatGap, formatMetricValue } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import { metricById, type PlainKey } from '@/lib/model';
import { metricLabel, metricUnit, type UiLang } from '@/components/standing/ui-language';
import { type MonthSortKey, sortMonthRows } from './sort-month-rows';
import { nextSort, sameSortKey, type SortDirection } from './sort-team-rows';

const BENCHMARK_KEYS: Record<MonthBenchmark['kind'], PlainKey> = {
  team_total: 'spBenchTeamTotal',
  team_average: 'spBenchTeamAverage',
  peer_average: 'spBenchPeerAverage',
  peer_top: 'spBenchPeerTop',
};

/** Every agent row's height, fixed in month-panel.css (three lines: the value; days and marks; the change). */
const ROW_HEIGHT_PX = 58;
const OVERSCAN = 10;
/** The height assumed while the table is not laid out (a hidden tab, tests without layout). */
const UNLAID_HEIGHT_PX = 900;
const observeRectOrDefault: typeof observeElementRect = (instance, cb) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: UNLAID_HEIGHT_PX }));

type MonthValueLike = MonthMetricJudgement['month'];

interface MonthTableProps {
  rows: readonly AgentMonth[];
  benchmarks: readonly MonthBenchmark[];
  /** The columns: the scheme metrics of the roles shown, then the volumes. */
  metrics: readonly string[];
  /** The previous month is still being read: changes are not in yet. */
  changesPending: boolean;
  /** Printing: every row in the DOM (no virtualising), so the whole table reaches paper. */
  printing: boolean;
  lang: UiLang;
}

/**
 * Agents × the month's metrics: per cell the month value, the days it rests on, pass/fail and days missed
 * for basic metrics, the daily mean of summed metrics and the change against the previous month. The
 * benchmark rows stay pinned under the header; only the rows in view are in the DOM, except when printing.
 */
export function MonthTable({ rows, benchmarks, metrics, changesPending, printing, lang }: MonthTableProps) {
  const [sort, setSort] = useState<{ key: MonthSortKey; direction: SortDirection }>({ key: { column: 'score' }, direction: 'descending' });
  const sorted = useMemo(() => sortMonthRows(rows, sort.key, sort.direction), [rows, sort]);
  const onSort = (key: MonthSortKey) => setSort((current) => nextSort(current, key));
  const ariaSort = (key: MonthSortKey) => (sameSortKey(sort.key, key) ? sort.direction : 'none');

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN,
    observeElementRect: observeRectOrDefault,
    getItemKey: (i) => sorted[i]!.agent.key,
  });
  useEffect(() => {
    if (scrollRef.current && (virtualizer.scrollOffset ?? 0) > 0) scrollRef.current.scrollTop = 0;
  }, [rows, virtualizer]);

  const columns = 4 + metrics.length;
  const items = printing ? null : virtualizer.getVirtualItems();
  const before = items?.[0]?.start ?? 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const shown = items ? items.map((item) => ({ index: item.index, row: sorted[item.index]! })) : sorted.map((row, index) => ({ index, row }));
  const header = (key: MonthSortKey, label: string, className?: string) => (
    <th scope="col" aria-sort={ariaSort(key)} className={className}>
      {/* Chromium repaints no buttons in a table header repeated on a printed page: print a plain label. */}
      <span className="print-label">{label}</span>
      <button type="button" className="sort-button" onClick={() => onSort(key)}>
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {ariaSort(key) === 'ascending' ? '▲' : ariaSort(key) === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );

  return (
    <div className="team-scroll month-scroll" role="region" aria-label={t('monthTableLabel')} tabIndex={0} ref={scrollRef}>
      <table className="team-table month-table" data-testid="month-table" data-changes={changesPending ? 'loading' : 'ready'} aria-rowcount={1 + benchmarks.length + sorted.length}>
        <thead>
          <tr aria-rowindex={1}>
            {header({ column: 'name' }, t('spColAgent'), 'sticky')}
            {header({ column: 'score' }, t('spColScore'))}
            <th scope="col" className="plain">
              {t('monthColGrade')}
            </th>
            {header({ column: 'commission' }, t('monthColCommission'))}
            {metrics.map((metric) => (
              <MetricHeader key={metric} metric={metric} sortKey={{ column: 'metric', metric }} ariaSort={ariaSort} onSort={onSort} />
            ))}
          </tr>
          {benchmarks.map((b, i) => (
            <tr key={b.label} className="reference" data-testid="month-benchmark-row" data-kind={b.kind} aria-rowindex={2 + i}>
              <th scope="row" className="sticky">
                <span className="bench-label">{b.label}</span>
                {t(BENCHMARK_KEYS[b.kind]) !== b.label && <span className="bench-kind">{t(BENCHMARK_KEYS[b.kind])}</span>}
              </th>
              <td colSpan={3} />
              {metrics.map((metric) => (
                <BenchmarkCell key={metric} value={b.values.get(metric)} metric={metric} lang={lang} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {before > 0 && <Spacer height={before} columns={columns} />}
          {shown.map(({ index, row }) => (
            <MonthRow key={row.agent.key} rowIndex={2 + benchmarks.length + index} row={row} metrics={metrics} lang={lang} />
          ))}
          {after > 0 && <Spacer height={after} columns={columns} />}
        </tbody>
      </table>
    </div>
  );
}

function MetricHeader({
  metric,
  sortKey,
  ariaSort,
  onSort,
}: {
  metric: string;
  sortKey: MonthSortKey;
  ariaSort: (key: MonthSortKey) => SortDirection | 'none';
  onSort: (key: MonthSortKey) => void;
}) {
  const direction = ariaSort(sortKey);
  return (
    <th scope="col" aria-sort={direction} className="metric">
      <span className="print-label">{metricLabel(metric)}</span>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {metricLabel(metric)}
        <span aria-hidden="true" className="sort-arrow">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}

function BenchmarkCell({ value, metric, lang }: { value: MonthValueLike | undefined; metric: string; lang: UiLang }) {
  if (!value || value.value === null) return <td className="num absent" />;
  return (
    <td className="num">
      <div>{formatMetricValue(value.value, metricUnit(metric), lang)}</div>
      <div className="month-sub">{t('monthDays', [String(value.days), String(value.monthDays)])}</div>
    </td>
  );
}

const yuan = (x: number | null, lang: UiLang) => (x === null ? '—' : formatMetricValue(x, 'yuan', lang));

const MonthRow = memo(function MonthRow({ rowIndex, row, metrics, lang }: { rowIndex: number; row: AgentMonth; metrics: readonly string[]; lang: UiLang }) {
  const { agent, standing } = row;
  const judgements = useMemo(() => new Map(row.metrics.map((m) => [m.metric, m])), [row.metrics]);
  const volumes = useMemo(() => new Map(row.volumes.map((v) => [v.metric, v])), [row.volumes]);
  const score = standing?.score ?? null;
  return (
    <tr data-testid="month-row" data-agent={agent.key} aria-rowindex={rowIndex}>
      <th scope="row" className="sticky" title={agent.key}>
        <div className="month-agent">{agent.name}</div>
        <div className="month-sub">{agent.role === null ? t('spNoScheme') : t(agent.role === 'presale' ? 'spRolePresale' : 'spRoleAftersale')}</div>
      </th>
      <td className="num" data-testid="month-score" data-value={score ?? ''}>
        <div className="month-main">{score === null ? '—' : Math.round(score)}</div>
        <Change change={row.scoreChange} better={row.scoreChange === null ? null : row.scoreChange > 0} text={row.scoreChange === null ? '' : formatGap(Math.round(row.scoreChange * 10) / 10, 'count', lang)} />
      </td>
      <td data-testid="month-grade" data-value={standing?.grade ?? ''}>
        <div className="month-main">{standing?.grade ?? '—'}</div>
        {row.previousGrade && row.previousGrade !== standing?.grade && <div className="month-sub">{t('monthChangeTitle', [row.previousGrade])}</div>}
      </td>
      <td className="num" data-testid="month-commission" data-value={standing?.commission ?? ''}>
        <div className="month-main">{yuan(standing?.commission ?? null, lang)}</div>
      </td>
      {metrics.map((metric) => (
        <MonthCell key={metric} metric={metric} judgement={judgements.get(metric)} volume={volumes.get(metric)} lang={lang} />
      ))}
    </tr>
  );
});

/** ▲▼ with the change, green when it went the better way for the metric, red when the worse. */
function Change({ change, better, text }: { change: number | null; better: boolean | null; text: string }) {
  // No change, or one that shows as zero: nothing to point at.
  if (change === null || !/[1-9]/.test(text)) return null;
  const cls = better === null ? 'change-flat' : better ? 'change-better' : 'change-worse';
  return (
    <div className={`month-sub month-change ${cls}`} data-testid="month-change" title={t('monthChangeTitle', [text])}>
      {change > 0 ? '▲' : '▼'}
      {text}
    </div>
  );
}

function MonthCell({ metric, judgement, volume, lang }: { metric: string; judgement: MonthMetricJudgement | undefined; volume: MonthVolume | undefined; lang: UiLang }) {
  const month = judgement?.month ?? volume?.month ?? null;
  const value = month?.value ?? null;
  if (value === null || month === null) {
    return <td className="num absent" data-testid="month-value" data-metric={metric} data-value="" data-days={month?.days ?? 0} />;
  }
  const unit = metricUnit(metric);
  const perDay = judgement?.perDay ?? volume?.perDay ?? false;
  const passed = judgement?.kind === 'basic' ? judgement.gap.passed : null;
  const missed = judgement?.missedDays?.missed ?? 0;
  const change = judgement?.change ?? volume?.change ?? null;
  const direction = metricById(metric)?.direction ?? 'neutral';
  const better = change === null || direction === 'neutral' ? null : direction === 'up' ? change > 0 : change < 0;
  const approxWhy = month.approximate ? t(isProxy(month) ? 'monthApproxProxy' : 'monthApproxMean') : null;
  const status = passed === null ? '' : passed ? ' cell-pass' : ' cell-fail';
  const target = judgement ? formatMetricValue(judgement.gap.target, unit, lang) : null;
  const title = passed === null ? undefined : t('monthTargetTitle', [t(passed ? 'standingPass' : 'standingFail'), target ?? '']);
  return (
    <td className={`num${status}`} data-testid="month-value" data-metric={metric} data-value={value} data-days={month.days} title={title}>
      <div className="month-main">
        {passed !== null && (
          <span className="cell-mark" aria-hidden="true">
            {passed ? '✓' : '✗'}
          </span>
        )}
        {formatMetricValue(value, unit, lang)}
        {approxWhy && (
          <abbr className="month-approx" title={approxWhy} data-testid="month-approx">
            {t('monthApproxMark')}
          </abbr>
        )}
        {title && <span className="visually-hidden">{` (${title})`}</span>}
      </div>
      <div className="month-sub">
        <span title={month.source === 'month' ? t('monthFromMonthPeriod') : undefined}>{t('monthDays', [String(month.days), String(month.monthDays)])}</span>
        {perDay && month.days > 0 && <span> · {t('monthPerDay', [formatMetricValue(value / month.days, unit, lang)])}</span>}
        {missed > 0 && (
          <span className="month-missed" data-testid="month-missed" data-value={missed}>
            {' · '}
            {t('monthMissedDays', missed, [String(missed)])}
          </span>
        )}
      </div>
      <Change change={change} better={better} text={change === null ? '' : formatGap(change, unit, lang)} />
    </td>
  );
}

/** A value weighted by a stand-in volume (approximate but not a plain mean): month-values' 'weighted' rule. */
function isProxy(month: NonNullable<MonthValueLike>): boolean {
  return 'rule' in month && month.rule === 'weighted';
}
