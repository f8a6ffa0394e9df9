import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { type AgentProfile, buildAgentDirectory, buildAgentView, type AgentRole, type KpiScheme, type AgentEntry, type AgentView, type MetricTrend } from '@/lib/analysis';
import type { ValueRecord } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { labelMetrics } from '@/lib/sidepanel';
import { GapList } from '@/components/standing/GapList';
import { ScoreBadge } from '@/components/standing/ScoreBadge';
import { WeakestHint } from '@/components/standing/WeakestHint';
import type { UiLang } from '@/components/standing/ui-language';
import { alertsByMetric } from './alerts-by-metric';
import { AgentPicker } from './AgentPicker';
import { LazyTrendCard, TrendCard } from './TrendCard';
import { TrendAlertMark } from './TrendAlertMark';
import { agentLabels, useAgentHistory } from './use-panel-data';

interface AgentPanelProps {
  agentKey: string;
  /** Still being read when the panel opens on an agent: the history read does not wait for them. */
  profiles: readonly AgentProfile[] | undefined;
  schemes: Record<AgentRole, KpiScheme> | undefined;
  /** First day of the recent history, read first so the first chart draws at once. */
  recentFrom: string;
  /** First day of the full history (a year back from the newest captured day), read after the first chart. */
  from: string;
  /** Something was captured before `recentFrom`: the year read is needed. */
  needYear: boolean;
  /** Team-average values over the same days, loaded once by the panel; undefined while loading. */
  teamAverage: readonly ValueRecord[] | undefined;
  /** The team average covers the whole window (not only the recent weeks). */
  teamAverageComplete: boolean;
  /** Every known agent for the picker; undefined until loaded (after the first chart). */
  agents: readonly AgentEntry[] | undefined;
  lang: UiLang;
  onSelectAgent: (key: string) => void;
  /** The first (weakest) chart of `agentKey` has drawn; `complete`: with the whole year. */
  onFirstChart: (agentKey: string, complete: boolean) => void;
  onOpenOptions: () => void;
}

const NO_AVERAGE: readonly ValueRecord[] = [];
const NO_PROFILES: readonly AgentProfile[] = [];

/** Pause between the first chart and the year's read (quick successive switches read only recent weeks). */
const YEAR_READ_DELAY_MS = 250;

/** Weakest metric first (it is what the agent came for), then the view's order. */
function chartOrder(view: AgentView): MetricTrend[] {
  const weakest = view.standing?.weakest?.metric;
  const first = view.trends.find((tr) => tr.metric === weakest);
  return first ? [first, ...view.trends.filter((tr) => tr !== first)] : view.trends;
}

/**
 * One agent: standing, target gaps, the weakest-metric hint, alerts and a trend chart per metric. Only
 * this agent's history is read (its captured texts, one index range each), in two steps: the recent
 * weeks, then, once the first chart is up, the whole year (the charts widen in place). After a switch
 * the previous agent stays on screen, dimmed, until the new history is in, so nothing flashes empty.
 */
export function AgentPanel(props: AgentPanelProps) {
  const { agentKey, schemes, lang } = props;
  const profiles = props.profiles ?? NO_PROFILES;
  // The agent's own line and the target do not wait for the team average: it joins the chart when read.
  const teamAverage = props.teamAverage ?? NO_AVERAGE;
  const labels = useMemo(() => agentLabels(agentKey, profiles), [agentKey, profiles]);
  const [yearFor, setYearFor] = useState<string | null>(null);
  const [drawnFor, setDrawnFor] = useState<string | null>(null);
  const wantYear = props.needYear && yearFor === agentKey;
  const history = useAgentHistory(agentKey, labels, wantYear ? props.from : props.recentFrom);

  const view = useMemo(() => {
    if (!history.data || history.forKey === undefined || !schemes || !props.profiles) return null;
    const agent = buildAgentDirectory([history.forKey], profiles, labelMetrics(history.data)).agentOf(history.forKey);
    return agent ? buildAgentView({ agent, history: history.data, teamAverage, schemes }) : null;
  }, [history.data, history.forKey, teamAverage, profiles, props.profiles, schemes]);
  // The recent weeks of this agent are not stale while the year loads: only another agent's data is.
  const stale = history.forKey !== agentKey;
  const complete = !stale && (!props.needYear || (wantYear && history.current)) && props.teamAverageComplete;
  const trends = useMemo(() => (view ? chartOrder(view) : []), [view]);
  // Charts below the first update in a second, low-priority render: a switch paints the first chart at once.
  const laterTrends = useDeferredValue(trends);
  const laterByMetric = useMemo(() => new Map(laterTrends.map((tr) => [tr.metric, tr])), [laterTrends]);

  const onRendered = (metric: string) => {
    if (!view || stale || metric !== trends[0]?.metric) return;
    props.onFirstChart(view.agent.key, complete);
    if (drawnFor !== agentKey) setTimeout(() => setDrawnFor(view.agent.key), 0);
  };

  // The year's read starts a moment after the first chart is on screen, and not at all when the user has
  // already moved on to another agent: a read in flight cannot be cancelled and would slow that switch.
  useEffect(() => {
    if (!props.needYear || drawnFor !== agentKey || yearFor === agentKey) return;
    const timer = setTimeout(() => setYearFor(agentKey), YEAR_READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [props.needYear, drawnFor, agentKey, yearFor]);

  return (
    <div className={`agent-panel${stale ? ' stale' : ''}`} aria-busy={stale}>
      <div className="toolbar">
        <AgentPicker agents={props.agents} value={agentKey} onChange={props.onSelectAgent} />
        {view?.standing && <ScoreBadge score={view.standing.score} grade={view.standing.grade} />}
      </div>
      {!view && history.forKey === agentKey && schemes && props.profiles ? (
        <p className="muted" data-testid="unknown-agent">
          {t('spUnknownAgent', [agentKey])}
        </p>
      ) : !view ? (
        <div className="placeholder chart-placeholder" aria-busy="true">
          {t('spLoading')}
        </div>
      ) : (
        <>
          <AgentFacts view={view} onOpenOptions={props.onOpenOptions} />
          {view.alerts.length > 0 && (
            <ul className="agent-alerts" aria-label={t('spColAlerts')}>
              {alertsByMetric(view.alerts).map((group) => (
                <li key={group[0]!.metric}>
                  <TrendAlertMark alerts={group} agent={view.agent.key} lang={lang} testId="agent-alert" />
                </li>
              ))}
            </ul>
          )}
          {view.standing && (
            <>
              <WeakestHint weakest={view.standing.weakest} />
              <section className="gaps-section">
                <GapList gaps={view.standing.gaps} showPercent caption={t('spGapsTitle', [view.period?.end ?? ''])} />
              </section>
            </>
          )}
          <section className="trends" aria-label={t('spTrendsTitle')}>
            <h2>{t('spTrendsTitle')}</h2>
            {trends.length === 0 && <p className="muted">{t('spNoDaily')}</p>}
            {trends.map((trend, i) =>
              i === 0 ? (
                <TrendCard
                  key={trend.metric}
                  trend={trend}
                  lang={lang}
                  weakest={trend.metric === view.standing?.weakest?.metric}
                  complete={complete}
                  onRendered={onRendered}
                />
              ) : (
                <LazyTrendCard key={trend.metric} trend={laterByMetric.get(trend.metric) ?? trend} lang={lang} complete={complete && laterTrends === trends} />
              ),
            )}
          </section>
        </>
      )}
    </div>
  );
}

const ROLE_KEYS: Record<AgentRole, PlainKey> = { presale: 'spRolePresale', aftersale: 'spRoleAftersale' };

function AgentFacts({ view, onOpenOptions }: { view: AgentView; onOpenOptions: () => void }) {
  const { agent } = view;
  return (
    <div className="agent-facts">
      <h1 className="agent-name" data-testid="agent-name" data-agent={agent.key}>
        {agent.name}
        {agent.isMe && <span className="me-badge">{t('spMe')}</span>}
      </h1>
      <p className="muted small">
        {agent.key !== agent.name && <span>{agent.key} · </span>}
        {agent.role ? t(ROLE_KEYS[agent.role]) : t('spRoleUnknown')}
        {agent.roleGuessed && ` ${t('spRoleGuessed')}`}
        {view.period && ` · ${t('spLatestDay', [view.period.end])}`}
        {agent.labels.length > 1 && ` · ${t('spAliases', [agent.labels.slice(1).join('、')])}`}
      </p>
      {!agent.role && (
        <p className="notice-range small">
          {t('spNoRoleNotice')}{' '}
          <button type="button" className="link-button" onClick={onOpenOptions}>
            {t('spOpenOptions')}
          </button>
        </p>
      )}
    </div>
  );
}
