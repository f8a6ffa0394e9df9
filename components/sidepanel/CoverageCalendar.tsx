import { useMemo } from 'react';
import { coverageCalendar } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';

const WEEKS = 12;
const WEEKDAY_KEYS: readonly PlainKey[] = ['spMon', 'spTue', 'spWed', 'spThu', 'spFri', 'spSat', 'spSun'];

/**
 * Which days of the last 12 weeks have a one-day capture: a week per column, Monday on top. Each day
 * says its state in words (title and accessible label), the colour only repeats it.
 */
export function CoverageCalendar({ captured, today }: { captured: ReadonlySet<string>; today: string }) {
  const weeks = useMemo(() => coverageCalendar(captured, today, WEEKS), [captured, today]);
  const days = weeks.flat().filter((d) => !d.future);
  const have = days.filter((d) => d.captured).length;
  const lastMissing = [...days].reverse().find((d) => !d.captured);
  return (
    <section className="coverage" aria-labelledby="coverage-title" data-testid="coverage-calendar">
      <h2 id="coverage-title">{t('spCoverageTitle')}</h2>
      <p className="muted">
        {t('spCoverageSummary', [t('countWeeks', WEEKS), t('countDays', have), t('countDays', days.length - have)])}
        {lastMissing && ` ${t('spCoverageLastMissing', [lastMissing.date])}`}
      </p>
      <table className="coverage-grid">
        <caption className="visually-hidden">{t('spCoverageTitle')}</caption>
        <tbody>
          {WEEKDAY_KEYS.map((dayKey, weekday) => (
            <tr key={dayKey}>
              <th scope="row">{t(dayKey)}</th>
              {weeks.map((week) => {
                const day = week[weekday]!;
                const state = day.future ? 'future' : day.captured ? 'captured' : 'missing';
                const label = `${day.date} ${t(state === 'future' ? 'spDayFuture' : state === 'captured' ? 'spDayCaptured' : 'spDayMissing')}`;
                return (
                  <td key={day.date} className={`day ${state}`} title={label} data-date={day.date} data-state={state}>
                    <span className="visually-hidden">{label}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="coverage-legend" aria-hidden="true">
        <li><i className="day captured" />{t('spDayCaptured')}</li>
        <li><i className="day missing" />{t('spDayMissing')}</li>
      </ul>
    </section>
  );
}
