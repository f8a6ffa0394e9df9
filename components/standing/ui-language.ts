import { metricById, type Unit } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import { metricNameKey } from '@/lib/i18n/metric-name-key';
import { prefersChinese } from '@/lib/i18n/ui-language';

export type UiLang = 'zh' | 'en';

/** The language lib/format and lib/hints are asked for: the browser's UI language, zh or en. */
export function uiLang(): UiLang {
  return prefersChinese() ? 'zh' : 'en';
}

/** A metric's name in the UI language (locale key metric_<id>); an id outside the catalog shows as itself. */
export function metricLabel(id: string, _lang?: UiLang): string {
  const key = metricNameKey(id);
  return key ? t(key) : id;
}

/** The canonical unit of a metric (count for an unknown id, so numbers still format). */
export function metricUnit(id: string): Unit {
  return metricById(id)?.unit ?? 'count';
}
