import { useLiveQuery } from 'dexie-react-hooks';
import type { KefuDatabase } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { loadMyStanding } from '@/lib/standing';
import { openSidePanel, type SidePanelApis, loadTeamSummary } from '@/lib/popup';
import { MyStandingCard } from './MyStandingCard';
import { PageCard } from './PageCard';
import { TeamSummaryCard } from './TeamSummaryCard';
import { useActiveTab, type ActiveTab } from './use-active-tab';
import './popup.css';

/** What the popup shows first: "me" when set, else the team summary, else how to capture the first table. */
async function loadMain(db: KefuDatabase) {
  const mine = await loadMyStanding(db);
  if (mine) return { kind: 'me', mine } as const;
  const summary = await loadTeamSummary(db);
  return summary ? ({ kind: 'team', summary } as const) : ({ kind: 'empty' } as const);
}

const sidePanelPage = () => (browser.runtime.getURL as (path: string) => string)('/sidepanel.html');

export function PopupApp({ db }: { db: KefuDatabase }) {
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
      {main?.kind === 'team' && <TeamSummaryCard summary={main.summary} />}
      {main?.kind === 'empty' && (
        <section className="popup-card" data-testid="popup-empty">
          <h2>{t('popupEmpty')}</h2>
          <p className="small">{t('popupEmptyHint')}</p>
        </section>
      )}
      {tab && <PageCard db={db} tab={tab} />}
    </main>
  );
}

function SidePanelButton({ tab }: { tab: ActiveTab | null | undefined }) {
  const apis = browser as unknown as Partial<SidePanelApis>;
  const onClick = () => {
    // Called straight from the click: the side panel opens only during the user's gesture.
    openSidePanel(
      { sidePanel: apis.sidePanel, sidebarAction: apis.sidebarAction, openTab: (url) => browser.tabs.create({ url }) },
      tab?.windowId,
      sidePanelPage(),
    ).then(
      () => window.close(),
      () => undefined,
    );
  };
  return (
    <button type="button" className="primary" onClick={onClick} data-testid="popup-open-sidepanel">
      {t('popupOpenSidePanel')}
    </button>
  );
}
