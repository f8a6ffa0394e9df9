import { useLiveQuery } from 'dexie-react-hooks';
import type { KefuDatabase } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { loadMyMonth, loadMyStanding } from '@/lib/standing';
import { MonthSoFar } from '@/components/standing';
import { openSidePanel, sidePanelApisOf, loadTeamSummary } from '@/lib/popup';
import { MyStandingCard } from './MyStandingCard';
import { PageCard } from './PageCard';
import { TeamSummaryCard } from './TeamSummaryCard';
import { useActiveTab, type ActiveTab } from './use-active-tab';
import './popup.css';
import { useDatabase } from '@/components/database-context';

/** What the popup shows first: "me" when set, else the team summary, else how to capture the first table. */
async function loadMain(db: KefuDatabase) {
  const [mine, month] = await Promise.all([loadMyStanding(db), loadMyMonth(db)]);
  if (mine) return { kind: 'me', mine, month } as const;
  const summary = await loadTeamSummary(db);
  return summary ? ({ kind: 'team', summary } as const) : ({ kind: 'empty' } as const);
}

const sidePanelPage = () => browser.runtime.getURL('/sidepanel.html');

export function PopupApp() {
  const db = useDatabase();
  const main = useLiveQuery(() => loadMain(db), [db]);
  const tab = useActiveTab();
  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('popupTitle')}</h1>
        <div className="popup-head-actions">
          <SidePanelButton tab={tab} />
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()} data-testid="popup-open-options">
            {t('popupOpenOptions')}
          </button>
        </div>
      </header>
      {main === undefined && <p className="muted">{t('popupLoading')}</p>}
      {main?.kind === 'me' && <MyStandingCard mine={main.mine} />}
      {main?.kind === 'me' && main.month && (
        <div className="popup-card">
          {/* The "me" card above says when its role is a guess; said here only when it shows no standing. */}
          <MonthSoFar mine={main.month} showRoleGuess={main.mine.standing === null} />
        </div>
      )}
      {main?.kind === 'team' && <TeamSummaryCard summary={main.summary} />}
      {main?.kind === 'empty' && (
        <section className="popup-card" data-testid="popup-empty">
          <h2>{t('popupEmpty')}</h2>
          <p className="small">{t('popupEmptyHint')}</p>
        </section>
      )}
      {tab && <PageCard tab={tab} />}
    </main>
  );
}

function SidePanelButton({ tab }: { tab: ActiveTab | null | undefined }) {
  const onClick = () => {
    // Called straight from the click: the side panel opens only during the user's gesture.
    openSidePanel({ ...sidePanelApisOf(browser), openTab: (url) => browser.tabs.create({ url }) }, tab?.windowId, sidePanelPage()).then(
      () => window.close(),
      // Not even a tab could open (the window is closing): the popup stays, the user can click again.
      () => undefined,
    );
  };
  return (
    <button type="button" className="primary" onClick={onClick} data-testid="popup-open-sidepanel">
      {t('popupOpenSidePanel')}
    </button>
  );
}
