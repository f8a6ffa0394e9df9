import { useEffect, useRef, useState } from 'react';
import type { MetricTrend } from '@/lib/analysis';
import { formatGap, formatMetricValue, formatPercentChange } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import { metricById } from '@/lib/model';
import { TrendChart } from '@/components/charts/TrendChart';
import { metricLabel, metricUnit, type UiLang } from '@/components/standing/ui-language';

interface TrendCardProps {
  trend: MetricTrend;
  lang: UiLang;
  /** The weakest metric: marked, and drawn first. */
  weakest?: boolean;
  onRendered?: (metric: string) => void;
  /** The data is final (see TrendChart). */
  complete?: boolean;
}

/** A metric's heading (latest value, change against the previous day) and its trend chart. */
export function TrendCard({ trend, lang, weakest = false, onRendered, complete = true }: TrendCardProps) {
  const unit = metricUnit(trend.metric);
  const direction = metricById(trend.metric)?.direction ?? 'neutral';
  const latest = trend.points[trend.points.length - 1];
  const change = trend.change;
  const better = change === null || change.delta === 0 || direction === 'neutral' ? 'flat' : (change.delta > 0) === (direction === 'up') ? 'better' : 'worse';
  return (
    <article className={`trend-card${weakest ? ' weakest' : ''}`} aria-labelledby={`trend-${trend.metric}`} data-testid="trend-card" data-metric={trend.metric}>
      <header>
        <h3 id={`trend-${trend.metric}`}>
          {metricLabel(trend.metric)}
          {weakest && <span className="weakest-tag">{t('spWeakestTag')}</span>}
        </h3>
        <span className="trend-latest">
          {latest ? formatMetricValue(latest.value, unit, lang) : '—'}
          {change && (
            <span className={`trend-change ${better}`} title={t('spChangeTitle', [formatMetricValue(change.previous, unit, lang)])}>
              {' '}
              {t('spChangeVsPrevious', [formatGap(change.delta, unit, lang), formatPercentChange(change.deltaPercent, lang)])}
            </span>
          )}
        </span>
      </header>
      <TrendChart trend={trend} onRendered={onRendered} complete={complete} />
    </article>
  );
}

/** Below the first chart: draw a card only when it nears the viewport, so opening stays fast. */
export function LazyTrendCard(props: TrendCardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  if (near) return <TrendCard {...props} />;
  return (
    <div ref={ref} className="trend-card placeholder-card" data-testid="trend-placeholder" data-metric={props.trend.metric}>
      <h3>{metricLabel(props.trend.metric)}</h3>
      <div className="trend-chart-placeholder" />
    </div>
  );
}
