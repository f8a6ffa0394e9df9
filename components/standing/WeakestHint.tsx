import type { WeakestMetric } from '@/lib/analysis';
import { formatGap, formatMetricValue } from '@/lib/format';
import { metricHints } from '@/lib/hints';
import { t } from '@/lib/i18n/translate';
import { metricLabel, metricUnit, uiLang } from './ui-language';
import './standing.css';

export interface WeakestHintProps {
  /** AgentStanding.weakest; null shows "no values yet". */
  weakest: WeakestMetric | null;
  /** How many pieces of advice to show (all by default; the overlay shows fewer). */
  adviceLimit?: number;
  compact?: boolean;
}

/** The metric to work on first, how far it is from the standard, and what to do about it. */
export function WeakestHint({ weakest, adviceLimit, compact = false }: WeakestHintProps) {
  if (!weakest) {
    return (
      <section className={`standing-hint none${compact ? ' compact' : ''}`} data-testid="weakest-hint" data-metric="">
        <p className="muted">{t('standingNoWeakest')}</p>
      </section>
    );
  }
  const lang = uiLang();
  const { gap } = weakest;
  const unit = metricUnit(weakest.metric);
  const name = metricLabel(weakest.metric);
  const advice = metricHints(weakest.metric).map((key) => t(key));
  const shown = adviceLimit === undefined ? advice : advice.slice(0, adviceLimit);
  return (
    <section
      className={`standing-hint ${weakest.meetsTarget ? 'ok' : 'short'}${compact ? ' compact' : ''}`}
      data-testid="weakest-hint"
      data-metric={weakest.metric}
      aria-label={t('standingWeakestTitle')}
    >
      <h3>
        <span className="muted">{weakest.meetsTarget ? t('standingLeastMargin') : t('standingWeakest')}</span> {name}
      </h3>
      {gap.value !== null && (
        <p className="standing-hint-figures">
          {t('standingValueAgainstTarget', [formatMetricValue(gap.value, unit, lang), formatMetricValue(gap.target, unit, lang)])}
          {gap.gap !== null && (
            <>
              {' · '}
              <span className={gap.passed ? 'gap-pass' : 'gap-fail'}>{t('standingGapIs', [formatGap(gap.gap, unit, lang)])}</span>
            </>
          )}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="standing-advice">
          {shown.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
