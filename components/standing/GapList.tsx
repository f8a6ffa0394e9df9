import { rankGaps, type TargetGap } from '@/lib/analysis';
import { formatGap, formatMetricValue, formatPercentChange } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import { metricLabel, metricUnit, uiLang } from './ui-language';
import './standing.css';

export interface GapListProps {
  gaps: readonly TargetGap[];
  /** 'largest': the order to work on them (lib/analysis/rank-gaps.ts, the weakest first); 'scheme': as the scheme lists them. */
  order?: 'scheme' | 'largest';
  /** Show at most this many rows. */
  limit?: number;
  /** Also show the gap as % of the target, under the gap (the side panel's full table). */
  showPercent?: boolean;
  compact?: boolean;
  /** Visible caption; also names the table for screen readers. */
  caption?: string;
}

/**
 * Per metric: value, target, gap (signed, in the metric's unit), and pass/fail for basic metrics or the
 * 0–100 score for incentive ones. Status is a word and a marker, never colour alone.
 */
export function GapList({ gaps, order = 'scheme', limit, showPercent = false, compact = false, caption }: GapListProps) {
  const lang = uiLang();
  const ordered = order === 'largest' ? rankGaps(gaps) : [...gaps];
  const shown = limit === undefined ? ordered : ordered.slice(0, limit);
  if (shown.length === 0) return <p className="standing-empty muted">{t('standingNoGaps')}</p>;
  return (
    <table className={`standing-gaps${compact ? ' compact' : ''}`} data-testid="gap-list">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('standingColMetric')}</th>
          <th scope="col" className="num">{t('standingColValue')}</th>
          <th scope="col" className="num">{t('standingColTarget')}</th>
          <th scope="col" className="num">{showPercent ? t('standingColGapBoth') : t('standingColGap')}</th>
          <th scope="col">{t('standingColStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((gap) => {
          const unit = metricUnit(gap.metric);
          const state = gap.passed === null ? 'none' : gap.passed ? 'pass' : 'fail';
          return (
            <tr key={gap.metric} data-testid="gap-row" data-metric={gap.metric} data-state={state} data-kind={gap.kind}>
              <th scope="row">{metricLabel(gap.metric)}</th>
              <td className="num">{gap.value === null ? '—' : formatMetricValue(gap.value, unit, lang)}</td>
              <td className="num">{formatMetricValue(gap.target, unit, lang)}</td>
              <td className={`num gap-${state}`}>
                {gap.gap === null ? '—' : formatGap(gap.gap, unit, lang)}
                {showPercent && gap.gapPercent !== null && (
                  <span className="gap-percent" title={t('standingColGapPercent')}>
                    {formatPercentChange(gap.gapPercent, lang)}
                  </span>
                )}
              </td>
              <td>
                <GapStatus gap={gap} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Basic: 达标 ✓ / 未达标 ✗; incentive: its score; no value: 无数据. */
function GapStatus({ gap }: { gap: TargetGap }) {
  if (gap.value === null) return <span className="standing-status none">{t('standingNoValue')}</span>;
  if (gap.kind === 'incentive') {
    const score = gap.score === null ? '—' : String(Math.round(gap.score));
    return (
      <span className={`standing-status ${gap.passed ? 'pass' : 'fail'}`} title={gap.passed ? t('standingAboveTarget') : t('standingBelowTarget')}>
        {t('standingIncentiveScore', [score])}
      </span>
    );
  }
  return gap.passed ? (
    <span className="standing-status pass" title={t('standingPass')}>
      <span aria-hidden="true">✓ </span>
      <span className="status-word">{t('standingPass')}</span>
    </span>
  ) : (
    <span className="standing-status fail" title={t('standingFail')}>
      <span aria-hidden="true">✗ </span>
      <span className="status-word">{t('standingFail')}</span>
    </span>
  );
}
