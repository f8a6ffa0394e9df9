import { useMemo, useState } from 'react';
import { AGENT_ROLES, type AgentProfile, type AgentRole, type KpiScheme, MONTH_VOLUME_METRICS, monthWindow } from '@/lib/analysis';
import type { PeriodKey } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { ALL_SHOPS, filterTeamRows, indexTeamRows, isFiltering, localToday, monthChoices, NO_FILTER, NO_SHOP, type TeamFilter, teamShops } from '@/lib/sidepanel';
import type { UiLang } from '@/components/standing/ui-language';
import { monthText } from './month-text';
import { MonthTable } from './MonthTable';
import { MonthToolbar } from './MonthToolbar';
import { MonthVersionNote } from './MonthVersionNote';
import { TeamFilters } from './TeamFilters';
import { useMonthReview } from './use-month-review';
import { usePrintMode } from './use-print-mode';
import './month-panel.css';

interface MonthPanelProps {
  periods: readonly PeriodKey[];
  profiles: readonly AgentProfile[];
  schemes: Record<AgentRole, KpiScheme>;
  lang: UiLang;
  /** The month asked for in the address (`#month=YYYY-MM`); else this month so far. */
  initialMonth: string | null;
  onMonthChange: (month: string) => void;
}

/** A shop list for the print title: every shop of the month, or the one chosen. */
function shopsText(filter: TeamFilter, shops: readonly { shop: string }[]): string {
  if (filter.shop !== ALL_SHOPS) return filter.shop === NO_SHOP ? t('spNoShop') : filter.shop;
  const named = shops.map((s) => s.shop).filter((s) => s !== NO_SHOP);
  return named.length === 0 || named.length > 3 ? t('monthAllShops') : named.join('、');
}

/**
 * The month view (issue 12): pick a month or this month so far; per agent the month values, pass/fail and
 * days missed, score, grade, commission and the change against the previous month; benchmark rows; shop
 * and role filters, search and sort; print.
 */
export function MonthPanel({ periods, profiles, schemes, lang, initialMonth, onMonthChange }: MonthPanelProps) {
  const today = useMemo(() => localToday(), []);
  const current = useMemo(() => monthWindow(today.slice(0, 7), today), [today]);
  const months = useMemo(() => {
    const list = monthChoices(periods, today);
    return initialMonth && !list.includes(initialMonth) ? [...list, initialMonth].sort().reverse() : list;
  }, [periods, today, initialMonth]);
  const [month, setMonth] = useState(initialMonth ?? current.month);
  const { review, current: isCurrent, changesReady } = useMonthReview(month, today, profiles, schemes);
  const [filter, setFilter] = useState<TeamFilter>(NO_FILTER);
  const [printing, print] = usePrintMode();

  const index = useMemo(() => (review ? indexTeamRows(review.rows) : null), [review]);
  const shops = useMemo(() => (index ? teamShops(index) : []), [index]);
  const active = shops.some((s) => s.shop === filter.shop) ? filter : { ...filter, shop: ALL_SHOPS };
  const rows = useMemo(() => (index && review ? (isFiltering(active) ? filterTeamRows(index, active) : review.rows) : []), [index, review, active.shop, active.role, active.search]); // eslint-disable-line react-hooks/exhaustive-deps
  // The columns: the scheme metrics of the roles shown (售前 then 售后), then the volumes.
  const roles = useMemo(() => new Set(rows.map((r) => r.agent.role).filter((r): r is AgentRole => r !== null)), [rows]);
  const metrics = useMemo(() => {
    if (!review) return [];
    const out = new Set<string>();
    for (const role of AGENT_ROLES) if (roles.has(role)) for (const m of review.versions[role].metrics) out.add(m.metric);
    for (const v of MONTH_VOLUME_METRICS) out.add(v);
    return [...out];
  }, [review, roles]);

  const choose = (next: string) => {
    setMonth(next);
    onMonthChange(next);
  };
  const title = review ? t('monthPrintTitle', [shopsText(active, shops), monthText(review.month, lang) + (review.month === current.month ? ` ${t('monthSoFar')}` : '')]) : '';

  return (
    <div className={`month-panel${isCurrent ? '' : ' stale'}`}>
      <MonthToolbar months={months} value={month} current={current} review={isCurrent ? review : undefined} lang={lang} onChange={choose} onPrint={print} />
      {review && (
        <header className="print-only month-print-title">
          <h1>{title}</h1>
          <p>{t('monthPrintedOn', [today])}</p>
        </header>
      )}
      {!review ? (
        <div className="placeholder table-placeholder" aria-busy="true">
          {t('spLoading')}
        </div>
      ) : review.rows.length === 0 && review.benchmarks.length === 0 ? (
        <p className="muted month-empty" data-testid="month-empty">
          {review.month === current.month ? t('monthEmptySoFar') : t('monthEmpty', [monthText(review.month, lang)])}
        </p>
      ) : (
        <>
          <MonthVersionNote review={review} schemes={schemes} roles={roles} />
          <div className="no-print">
            <TeamFilters filter={active} shops={shops} total={review.rows.length} shown={rows.length} onChange={setFilter} idPrefix="month" />
          </div>
          {!changesReady && (
            <p className="muted small no-print" aria-live="polite">
              {t('monthChangePending')}
            </p>
          )}
          <MonthTable rows={rows} benchmarks={review.benchmarks} metrics={metrics} changesPending={!changesReady} printing={printing} lang={lang} />
          {rows.length === 0 && (
            <p className="muted no-match no-print">
              {t('spNoMatch')}{' '}
              <button type="button" className="link-button" onClick={() => setFilter(NO_FILTER)}>
                {t('spClearFilters')}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
