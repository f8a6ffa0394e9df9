import { metricLabel } from '@/components/standing/ui-language';
import { METRICS, type MetricDef, type MetricRole } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';

const GROUPS: { role: MetricRole; key: PlainKey }[] = [
  { role: 'presale', key: 'schemeGroupPresale' },
  { role: 'aftersale', key: 'schemeGroupAftersale' },
  { role: 'both', key: 'schemeGroupBoth' },
];


/** Catalog metrics grouped by the role that usually scores them; the scheme's own role first. */
export function SchemeMetricSelect({
  id,
  value,
  onChange,
  label,
  role,
  filter,
  invalid,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (metric: string) => void;
  label: string;
  role: 'presale' | 'aftersale';
  filter?: (m: MetricDef) => boolean;
  invalid?: boolean;
  describedBy?: string;
}) {
  const groups = [...GROUPS].sort((a, b) => Number(b.role === role) - Number(a.role === role));
  return (
    <select id={id} name="metric" value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-label={label} aria-invalid={invalid || undefined} aria-describedby={describedBy}>
      {groups.map((g) => {
        const metrics = METRICS.filter((m) => m.role === g.role && (!filter || filter(m) || m.id === value));
        if (metrics.length === 0) return null;
        return (
          <optgroup key={g.role} label={t(g.key)}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {metricLabel(m.id)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
