import { useMemo, useState } from 'react';
import { type AgentProfile, buildAgentDirectory, type AgentRole, type KpiScheme, buildTeamView } from '@/lib/analysis';
import type { PeriodKey } from '@/lib/db';
import type { ValueRecord } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import { alertWindow, defaultTeamPeriod, localToday, labelMetrics } from '@/lib/sidepanel';
import type { UiLang } from '@/components/standing/ui-language';
import { CoverageCalendar } from './CoverageCalendar';
import { PeriodSelect, periodText } from './PeriodSelect';
import { TeamTable } from './TeamTable';
import { useCapturedDays, useDailyValues, usePeriodValues } from './use-panel-data';

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
  const periodValues = usePeriodValues(period);
  const recent = useDailyValues(period ? alertWindow(period.end) : null);
  const captured = useCapturedDays();

  const values = periodValues.current ? periodValues.data : undefined;
  // Alerts fill in when the short daily window arrives; the table does not wait for them.
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

  return (
    <div className="team-panel">
      <div className="toolbar">
        {period && <PeriodSelect periods={periods} value={period} onChange={setPicked} />}
        {view && (
          <span className="muted small" data-testid="team-summary">
            {t('spTeamSummary', [t('countAgents', view.rows.length), t('countMetrics', view.metrics.length)])}
          </span>
        )}
      </div>
      {period && period.start !== period.end && <p className="notice-range small">{t('spRangeNotice', [periodText(period)])}</p>}
      {!view ? (
        <div className="placeholder table-placeholder" aria-busy="true">
          {t('spLoading')}
        </div>
      ) : view.rows.length === 0 ? (
        <p className="muted">{t('spNoAgentsInPeriod')}</p>
      ) : (
        <TeamTable view={view} lang={lang} onOpenAgent={onOpenAgent} />
      )}
      <p className="muted small legend-line" aria-hidden="true">
        <span className="cell-pass legend-chip">✓ {t('standingPass')}</span>
        <span className="cell-near legend-chip">≈ {t('spCellNear')}</span>
        <span className="cell-fail legend-chip">✗ {t('standingFail')}</span>
        {t('spLegendNote')}
      </p>
      {captured && <CoverageCalendar captured={captured} today={localToday()} />}
    </div>
  );
}
