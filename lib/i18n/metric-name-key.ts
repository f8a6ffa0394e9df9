import { metricById } from '../model';
import type { PlainKey } from '../model';

/** The locale key of a catalog metric's name, `metric_<id>` (lib/i18n/locales); null for an id outside the catalog. */
export function metricNameKey(id: string): PlainKey | null {
  return metricById(id) ? (`metric_${id}` as PlainKey) : null;
}
