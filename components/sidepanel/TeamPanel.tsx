import { useEffect, useMemo, useState } from 'react';
import { type AgentProfile, buildAgentDirectory, type AgentRole, type KpiScheme, buildTeamView } from '@/lib/analysis';
import type { PeriodKey } from '@/lib/db';
import type { ValueRecord } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import { ALL_SHOPS, alertWindow, averageOfRows, defaultTeamPeriod, filterTeamRows, indexTeamRows, isFiltering, localToday, labelMetrics, NO_FILTER, type TeamFilter, teamShops } from '@/lib/sidepanel';
import type { UiLang } from '@/components/standing/ui-language';
import { CoverageCalendar } from './CoverageCalendar';
import { PeriodSelect, periodText } from './PeriodSelect';
import { TeamFilters } from './TeamFilters';
import { TeamTable } from './TeamTable';
import { useCapturedDays, useDailyValues, usePeriodRead, useTeamViewPref } from './use-panel-data';

const NO_VALUES: readonly ValueRecord[] = [];

interface TeamPanelProps {
  periods: readonly PeriodKey[];
  profiles: readonly AgentProfile[];
  schemes: Record<AgentRole, KpiScheme>;
  lang: UiLang;
  onOpenAgent: (key: string) => void;
}

/** The team view of one captured period (the newest day by default), and the capture calendar. */
export function TeamPanel({ periods, profiles, schemes, lang, onOpenAgent }: TeamPanelProps) {
  const [picked, setPicked] = useState<PeriodKey | null>(null);
  // The user's pick while it still exists; otherwise the newest day (a new capture moves the default on).
  const period = (picked && periods.find((p) => p.start === picked.start && p.end === picked.end)) ?? defaultTeamPeriod(periods);
  const periodRead = usePeriodRead(period);
  const read = periodRead.current ? periodRead.data : undefined;
  const values = read?.values;
  // The trend alerts' daily window is read once the table has been shown (alertsWanted), from the
  // period's month records plus the window's other months: at 1,000 agents, reading and computing it
  // before the first rows cost about as much as the table itself. The marks fill in after.
  const [alertsWanted, setAlertsWanted] = useState(false);
  const recent = useDailyValues(alertsWanted && period && read ? alertWindow(period.end) : null, read);
  const captured = useCapturedDays();
  const recentDaily = recent.current ? (recent.data ?? NO_VALUES) : NO_VALUES;
  const directory = useMemo(() => {
    if (!values) return null;
    const metrics = labelMetrics(values);
    return buildAgentDirectory(metrics.keys(), profiles, metrics);
  }, [values, profiles]);
  const view = useMemo(
    () => (period && values && directory ? buildTeamView({ period, periodValues: values, recentDaily, directory, schemes }) : null),
    // period is derived each render; its dates are what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period?.start, period?.end, values, recentDaily, directory, schemes],
  );

  // The shop chosen last time (prefs) until the user changes something here.
  const pref = useTeamViewPref();
  const [chosenFilter, setFilter] = useState<TeamFilter | null>(null);
  const index = useMemo(() => (view ? indexTeamRows(view.rows) : null), [view]);
  const shops = useMemo(() => (index ? teamShops(index) : []), [index]);
  const wanted = chosenFilter ?? { ...NO_FILTER, shop: pref.shop ?? ALL_SHOPS };
  // A remembered shop this period does not have shows every shop; the memory stays for other periods.
  const filter = shops.some((s) => s.shop === wanted.shop) ? wanted : { ...wanted, shop: ALL_SHOPS };
  const { shop, role, search } = filter;
  const shown = useMemo(
    () => (index && isFiltering({ shop, role, search }) ? filterTeamRows(index, { shop, role, search }) : null),
    [index, shop, role, search],
  );
  const visible = useMemo(() => (shown ? new Set(shown) : null), [shown]);
  const shownAverage = useMemo(() => (shown && shown.length > 0 && view ? averageOfRows(shown, view.metrics) : null), [shown, view]);
  // The calendar (a year of days) is not redrawn by a filter or a keystroke, only by a new capture.
  const calendar = useMemo(() => captured && <CoverageCalendar captured={captured} today={localToday()} />, [captured]);
  const tableReady = view !== null && pref.shop !== undefined;
  useEffect(() => {
    if (!tableReady || alertsWanted) return;
    // After the frame that shows the rows: a task queued from the next animation frame runs after its paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setAlertsWanted(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [tableReady, alertsWanted]);
  const changeFilter = (next: TeamFilter) => {
    if (next.shop !== filter.shop) pref.remember(next.shop);
    setFilter(next);
  };

  return (
    <div className="team-panel">
      <div className="toolbar">
        {period && <PeriodSelect periods={periods} value={period} onChange={setPicked} />}
        {view && (
          <span className="muted small" data-testid="team-summary">
            {t('spTeamSummary', [t('countAgents', view.rows.length, [view.rows.length.toLocaleString()]), t('countMetrics', view.metrics.length)])}
          </span>
        )}
      </div>
      {period && period.start !== period.end && <p className="notice-range small">{t('spRangeNotice', [periodText(period)])}</p>}
      {!view || pref.shop === undefined ? (
        <div className="placeholder table-placeholder" aria-busy="true">
          {t('spLoading')}
        </div>
      ) : view.rows.length === 0 ? (
        <p className="muted">{t('spNoAgentsInPeriod')}</p>
      ) : (
        <>
          <TeamFilters filter={filter} shops={shops} total={view.rows.length} shown={shown?.length ?? view.rows.length} onChange={changeFilter} />
          <TeamTable view={view} visible={visible} shownAverage={shownAverage} alertsPending={!recent.current} lang={lang} onOpenAgent={onOpenAgent} />
          {shown?.length === 0 && (
            <p className="muted no-match" data-testid="team-no-match">
              {t('spNoMatch')}{' '}
              <button type="button" className="link-button" onClick={() => changeFilter(NO_FILTER)}>
                {t('spClearFilters')}
              </button>
            </p>
          )}
        </>
      )}
      <p className="muted small legend-line" aria-hidden="true">
        <span className="cell-pass legend-chip">✓ {t('standingPass')}</span>
        <span className="cell-near legend-chip">≈ {t('spCellNear')}</span>
        <span className="cell-fail legend-chip">✗ {t('standingFail')}</span>
        {t('spLegendNote')}
      </p>
      {calendar}
    </div>
  );
}
