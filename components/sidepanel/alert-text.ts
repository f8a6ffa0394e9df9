import type { TrendAlert } from '@/lib/analysis';
import { formatMetricValue, formatPercentChange } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import { metricLabel, metricUnit, type UiLang } from '@/components/standing/ui-language';

/** The sentence behind an alert icon: what worsened, over how many days, from what to what. */
export function alertText(alert: TrendAlert, lang: UiLang): string {
  const unit = metricUnit(alert.metric);
  const name = metricLabel(alert.metric);
  const latest = formatMetricValue(alert.latest, unit, lang);
  const baseline = formatMetricValue(alert.baseline, unit, lang);
  if (alert.kind === 'worsening_run') {
    const key = alert.changePercent < 0 ? 'spAlertRunDown' : 'spAlertRunUp';
    return t(key, alert.periods, [name, alert.periods, baseline, latest]);
  }
  return t('spAlertDrop', [name, String(alert.periods), baseline, latest, formatPercentChange(alert.changePercent, lang)]);
}
