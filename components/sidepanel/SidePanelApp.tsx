import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildAgentDirectory } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import { HISTORY_DAYS, hasPeriodsBefore, historyWindow, isoDaysBefore, localToday, recentStart, panelHash, parsePanelHash, type PanelRoute } from '@/lib/sidepanel';
import { uiLang } from '@/components/standing/ui-language';
import { AgentPanel } from './AgentPanel';
import { DeferredTeamPanel, loadTeamPanel } from './DeferredTeamPanel';
import { EmptyState } from './EmptyState';
import { MonthPanel } from './MonthPanel';
import { PanelTabs, type PanelTab } from './PanelTabs';
import { useKnownLabels, usePanelBasics, useTeamAverageHistory } from './use-panel-data';
import './sidepanel.css';

/** Marks the benchmark reads (tests/bench): the first chart after opening, and the first chart after a switch. */
const FIRST_CHART_MARK = 'kefu:first-chart';
const SWITCHED_MARK = 'kefu:agent-switched';
const SWITCH_START_MARK = 'kefu:agent-switch-start';
/** The first chart redrawn with the whole year (after the recent weeks drawn first). */
const FULL_HISTORY_MARK = 'kefu:full-history';

/** The agent list and the team average's year load a moment after the first chart, not in its way. */
const PICKER_DELAY_MS = 300;

interface Choice {
  tab: PanelTab;
  agent: string | null;
}

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

/**
 * The side panel: the team view and the agent view as tabs. It opens on `#agent=…` when given, else on
 * "me" when an agent is marked so, else on the team. Tabs are mounted on first visit and kept, so going
 * back and forth redraws nothing.
 */
export function SidePanelApp() {
  const lang = uiLang();
  const { periods, profiles, schemes } = usePanelBasics();
  const [route, setRoute] = useState<PanelRoute>(() => parsePanelHash(location.hash));
  const [chosen, setChosen] = useState<Choice | null>(null);
  const [visited, setVisited] = useState<Set<PanelTab>>(() => new Set());
  const [pickerReady, setPickerReady] = useState(false);
  const marks = useRef<{ first: boolean; switchTo: string | null }>({ first: false, switchTo: null });

  useEffect(() => {
    // A link from the popup or the overlay while the panel is open.
    const onHash = () => {
      setRoute(parsePanelHash(location.hash));
      setChosen(null);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const me = profiles?.find((p) => p.isMe)?.key ?? null;
  const choice: Choice =
    chosen ??
    (route?.view === 'agent'
      ? { tab: 'agent', agent: route.agent }
      : route?.view === 'month'
        ? { tab: 'month', agent: me }
        : route?.view === 'team' || me === null
          ? { tab: 'team', agent: me }
          : { tab: 'agent', agent: me });
  const routeMonth = route?.view === 'month' ? route.month : null;

  const labelsWanted = pickerReady || choice.tab === 'team' || (choice.agent === null && choice.tab === 'agent');
  const labels = useKnownLabels(labelsWanted);
  const directory = useMemo(() => (labels && profiles ? buildAgentDirectory(labels, profiles) : undefined), [labels, profiles]);
  const agentKey = choice.agent ?? directory?.agents[0]?.key ?? null;

  // The team code loads while the basics are read when the panel opens on the team, else once the first
  // chart is up (a later click on the team tab then finds it loaded).
  const teamCodeWanted = pickerReady || (choice.tab === 'team' && (route?.view === 'team' || profiles !== undefined));
  useEffect(() => {
    if (teamCodeWanted) void loadTeamPanel();
  }, [teamCodeWanted]);

  const showAgent = choice.tab === 'agent' || visited.has('agent');
  const showTeam = choice.tab === 'team' || visited.has('team');
  const showMonth = choice.tab === 'month' || visited.has('month');
  const today = useMemo(() => localToday(), []);
  const recentFrom = recentStart(today);
  const span = useMemo(() => (periods ? historyWindow(periods, today) : null), [periods, today]);
  const yearFrom = span?.from ?? isoDaysBefore(today, HISTORY_DAYS - 1);
  // Until the periods are read, assume older data exists: the charts are not "complete" before we know.
  const needYear = periods ? hasPeriodsBefore(periods, recentFrom) : true;
  // The team-average line follows the agent history: recent weeks first, the year after the first chart.
  const averageYear = needYear && pickerReady;
  const teamAverage = useTeamAverageHistory(showAgent ? (averageYear ? yearFrom : recentFrom) : null);
  const teamAverageComplete = teamAverage.current && (!needYear || averageYear);

  const selectTab = (tab: PanelTab) => {
    setVisited((v) => new Set(v).add(choice.tab).add(tab));
    setChosen({ tab, agent: agentKey });
    history.replaceState(
      null,
      '',
      tab === 'agent' && agentKey ? panelHash({ view: 'agent', agent: agentKey }) : tab === 'month' ? panelHash({ view: 'month', month: null }) : panelHash({ view: 'team' }),
    );
  };
  const openAgent = (key: string) => {
    performance.clearMarks(SWITCH_START_MARK);
    performance.mark(SWITCH_START_MARK);
    marks.current.switchTo = key;
    setVisited((v) => new Set(v).add(choice.tab).add('agent'));
    setChosen({ tab: 'agent', agent: key });
    history.replaceState(null, '', panelHash({ view: 'agent', agent: key }));
  };

  const onFirstChart = useCallback((key: string, complete: boolean) => {
    const m = marks.current;
    if (complete) {
      performance.clearMarks(FULL_HISTORY_MARK);
      performance.mark(FULL_HISTORY_MARK);
    }
    if (!m.first) {
      m.first = true;
      performance.mark(FIRST_CHART_MARK);
      setTimeout(() => setPickerReady(true), PICKER_DELAY_MS);
    }
    if (m.switchTo === key) {
      m.switchTo = null;
      performance.clearMarks(SWITCHED_MARK);
      performance.mark(SWITCHED_MARK);
    }
  }, []);

  // Opened on an agent (#agent=…), the agent view starts at once: its reads need neither the periods, the
  // profiles nor the schemes (an alias found later just adds a read). Anything else waits for them.
  const openedOnAgent = route?.view === 'agent' && chosen === null;
  if ((!profiles || !schemes) && !openedOnAgent) return <PagePlaceholder />;
  if (periods?.length === 0) {
    return (
      <main className="sidepanel">
        <EmptyState onOpenOptions={openOptions} />
      </main>
    );
  }

  return (
    <main className="sidepanel">
      <header className="panel-header">
        <PanelTabs value={choice.tab} onChange={selectTab} />
        <button type="button" className="icon-button" onClick={openOptions} title={t('spSettings')} aria-label={t('spSettings')}>
          ⚙
        </button>
      </header>
      <div role="tabpanel" id="panel-team" aria-labelledby="tab-team" hidden={choice.tab !== 'team'} data-testid="team-view">
        {showTeam &&
          (periods && profiles && schemes ? (
            <DeferredTeamPanel periods={periods} profiles={profiles} schemes={schemes} lang={lang} onOpenAgent={openAgent} />
          ) : (
            <PagePlaceholder />
          ))}
      </div>
      <div role="tabpanel" id="panel-month" aria-labelledby="tab-month" hidden={choice.tab !== 'month'} data-testid="month-view">
        {showMonth &&
          (periods && profiles && schemes ? (
            <MonthPanel
              periods={periods}
              profiles={profiles}
              schemes={schemes}
              lang={lang}
              initialMonth={routeMonth}
              onMonthChange={(month) => history.replaceState(null, '', panelHash({ view: 'month', month }))}
            />
          ) : (
            <PagePlaceholder />
          ))}
      </div>
      <div role="tabpanel" id="panel-agent" aria-labelledby="tab-agent" hidden={choice.tab !== 'agent'} data-testid="agent-view">
        {showAgent &&
          (agentKey === null ? (
            <p className="muted">{directory ? t('spNoAgents') : t('spLoading')}</p>
          ) : (
            <AgentPanel
              agentKey={agentKey}
              profiles={profiles}
              schemes={schemes}
              recentFrom={recentFrom}
              from={yearFrom}
              needYear={needYear}
              teamAverageComplete={teamAverageComplete}
              teamAverage={teamAverage.data}
              agents={directory?.agents}
              lang={lang}
              onSelectAgent={openAgent}
              onFirstChart={onFirstChart}
              onOpenOptions={openOptions}
            />
          ))}
      </div>
    </main>
  );
}

function PagePlaceholder() {
  return <div className="placeholder page-placeholder" aria-busy="true" />;
}
