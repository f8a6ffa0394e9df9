import type { PeriodKey } from '@/lib/db';
import { periodDays } from '@/lib/model';
import { t } from '@/lib/i18n/translate';

/** A captured period as shown: a day, or a range labelled as a range with its length. */
export function periodText(p: PeriodKey): string {
  if (p.start === p.end) return p.start;
  return t('spPeriodRange', [p.start, p.end, String(periodDays(p.start, p.end) ?? '?')]);
}

export function PeriodSelect({ periods, value, onChange }: { periods: readonly PeriodKey[]; value: PeriodKey; onChange: (p: PeriodKey) => void }) {
  const key = (p: PeriodKey) => `${p.start}|${p.end}`;
  const byKey = new Map(periods.map((p) => [key(p), p]));
  return (
    <label className="period-select">
      <span>{t('spPeriod')}</span>
      <select
        value={key(value)}
        data-testid="period-select"
        onChange={(event) => {
          const picked = byKey.get(event.currentTarget.value);
          if (picked) onChange(picked);
        }}
      >
        {periods.map((p) => (
          <option key={key(p)} value={key(p)}>
            {periodText(p)}
          </option>
        ))}
      </select>
    </label>
  );
}
