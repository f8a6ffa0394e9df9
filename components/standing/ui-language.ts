import { metricById } from '@/lib/model/metric-catalog';
import { METRIC_LABELS } from '@/lib/metrics/labels';
import type { Unit } from '@/lib/model/metric-types';
import { prefersChinese } from '@/lib/i18n/ui-language';

export type UiLang = 'zh' | 'en';

/** The language lib/format and lib/hints are asked for: the browser's UI language, zh or en. */
export function uiLang(): UiLang {
  return prefersChinese() ? 'zh' : 'en';
}

/** A metric's name in the UI language; an id outside the catalog shows as itself. */
export function metricLabel(id: string, lang: UiLang = uiLang()): string {
  const labels = METRIC_LABELS[id];
  return labels ? labels[lang] : id;
}

/** The canonical unit of a metric (count for an unknown id, so numbers still format). */
export function metricUnit(id: string): Unit {
  return metricById(id)?.unit ?? 'count';
}
