import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { readPref } from '@/lib/db';
import { t } from '@/lib/i18n/translate';
import { isHostHidden, showHost } from '@/lib/overlay';
import { sendMessage } from '@/lib/messages';
import { isCapturedSite, latestCaptureOfPage, pageKey } from '@/lib/popup';
import { formatDateTime } from '../format-date-time';
import { periodShort } from './period-text';
import type { ActiveTab } from './use-active-tab';
import { useDatabase } from '@/components/database-context';

/** How long "capture now" waits for a capture before saying the page has no comparison table. */
const CAPTURE_WAIT_MS = 12_000;

type CaptureState = { kind: 'idle' } | { kind: 'running'; afterId: number } | { kind: 'done' } | { kind: 'nothing' } | { kind: 'failed'; error: string };

/** The active tab: its last capture, "capture now" outside the console hosts, and the hidden badge. */
export function PageCard({ tab }: { tab: ActiveTab }) {
  const db = useDatabase();
  const url = tab.url;
  const web = pageKey(url) !== null;
  const last = useLiveQuery(() => latestCaptureOfPage(db, url), [db, url]);
  const sites = useLiveQuery(() => db.sites.toArray(), [db]);
  const overlay = useLiveQuery(() => readPref(db, 'overlay'), [db]);
  const [capture, setCapture] = useState<CaptureState>({ kind: 'idle' });
  const [shownAgain, setShownAgain] = useState(false);

  // A capture newer than the one before the click ends the wait; the timer ends it without one.
  const arrived = capture.kind === 'running' && last !== undefined && last !== null && last.id > capture.afterId;
  const state: CaptureState = arrived ? { kind: 'done' } : capture;
  useEffect(() => {
    if (capture.kind !== 'running' || arrived) return;
    const timer = setTimeout(() => setCapture({ kind: 'nothing' }), CAPTURE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [capture, arrived]);

  if (!web || !url) {
    return (
      <section className="popup-card" aria-labelledby="popup-page-title" data-testid="popup-page">
        <h2 id="popup-page-title">{t('popupThisPage')}</h2>
        <p className="muted small">{t('popupNotWebPage')}</p>
      </section>
    );
  }
  const host = new URL(url).hostname;
  const captured = sites === undefined || isCapturedSite(url, sites.map((s) => s.pattern));
  const hidden = overlay !== undefined && isHostHidden(overlay, host);

  const onCapture = () => {
    setCapture({ kind: 'running', afterId: last?.id ?? 0 });
    // activeTab: the click on the toolbar button granted this tab's page; the background runs the content
    // script there, which captures and hands the tables over as on a console host.
    sendMessage('captureNow', tab.id).then(
      (reply) => (reply.ok ? undefined : setCapture({ kind: 'failed', error: reply.error })),
      (error: unknown) => setCapture({ kind: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const onShowAgain = async () => {
    await showHost(db, host);
    setShownAgain(true);
    // The page's overlay script asks the background again and shows the badge without a reload.
    // No answer means no badge script in the tab (not a console page, or opened before the install):
    // the badge shows there on the next load, which reads the prefs just saved.
    await sendMessage('overlayRefresh', undefined, { tabId: tab.id, frameId: 0 }).catch(() => undefined);
  };

  return (
    <section className="popup-card" aria-labelledby="popup-page-title" data-testid="popup-page">
      <h2 id="popup-page-title">{t('popupThisPage')}</h2>
      {last ? (
        <p className="small" data-testid="popup-last-capture" data-capture-id={last.id}>
          {t('popupLastCapture', last.agentCount, [formatDateTime(last.capturedAt), periodShort(last.period), last.agentCount])}
        </p>
      ) : (
        last === null && <p className="muted small">{t('popupNoCaptureHere')}</p>
      )}
      {!captured && (
        <>
          <p className="muted small">{t('popupOutsideHosts')}</p>
          <div className="popup-actions">
            <button type="button" className="primary" onClick={onCapture} disabled={state.kind === 'running' || state.kind === 'done'} data-testid="popup-capture-now">
              {t('popupCaptureNow')}
            </button>
          </div>
        </>
      )}
      {state.kind !== 'idle' && (
        <p className={`popup-status small ${state.kind}`} role="status" data-testid="popup-capture-status" data-state={state.kind}>
          {state.kind === 'running' && t('popupCaptureRunning')}
          {state.kind === 'done' && t('popupCaptureDone')}
          {state.kind === 'nothing' && t('popupCaptureNothing')}
          {state.kind === 'failed' && t('popupCaptureFailed', [state.error])}
        </p>
      )}
      {hidden && (
        <div className="popup-actions">
          <span className="muted small">{t('popupBadgeHidden')}</span>
          <button type="button" onClick={onShowAgain} data-testid="popup-show-badge">
            {t('popupShowBadgeAgain')}
          </button>
        </div>
      )}
      {shownAgain && !hidden && (
        <p className="popup-status small done" role="status">
          {t('popupBadgeShownAgain')}
        </p>
      )}
    </section>
  );
}
