import { metricById, type Unit } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import { metricNameKey } from '@/lib/i18n/metric-name-key';

export type UiLang = 'zh' | 'en';

/**
 * The number style lib/format and lib/hints are asked for, as the locale in use says (its formatStyle
 * key): a new language's files choose the style nearest to theirs.
 */
export function uiLang(): UiLang {
  return t('formatStyle') === 'zh' ? 'zh' : 'en';
}

/** A metric's name in the UI language (locale key metric_<id>); an id outside the catalog shows as itself. */
export function metricLabel(id: string): string {
  const key = metricNameKey(id);
  return key ? t(key) : id;
}

/** The canonical unit of a metric (count for an unknown id, so numbers still format). */
export function metricUnit(id: string): Unit {
  return metricById(id)?.unit ?? 'count';
}
