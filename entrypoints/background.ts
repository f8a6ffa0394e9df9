import { handleCapture, handleCaptureNow, handleOverlayHide, handleOverlayPosition, handleOverlayState, handleSyncRequest, keepAliveWhile, serveOverlayPort, startTeamSync } from '@/lib/background';
import { OVERLAY_PORT } from '@/lib/overlay';
import { openDatabase } from '@/lib/db';
import { onMessage, sendMessage } from '@/lib/messages';
import { reportError } from '@/lib/log';
import { CONTENT_SCRIPT_FILE, syncUserSiteScripts, userSitePatterns } from '@/lib/sites';
import { readSyncSettings } from '@/lib/sync';

// Thin wiring: validation, sender checks and the write live in lib/ and are tested there. Every
// message of lib/messages/protocol.ts that the background answers is registered here.
export default defineBackground(() => {
  const db = openDatabase();
  // Opened at once, kept alive until open: a schema upgrade may outlast the worker's 30 s idle limit.
  // A failed open or upgrade is kept for the options page; every later read or write fails with it too.
  void keepAliveWhile(db.open(), () => browser.runtime.getPlatformInfo()).catch((error: unknown) => reportError('databaseOpen', error));
  const extensionId = browser.runtime.id;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const context = {
    db,
    extensionId,
    report: reportError,
    askTopFramePeriod: (tabId: number) => sendMessage('periodQuery', undefined, { tabId, frameId: 0 }),
  };
  // After an install or update, user sites get every script this version registers (the badge's came later).
  browser.runtime.onInstalled.addListener(() => {
    void userSitePatterns(db)
      .then((patterns) => syncUserSiteScripts(browser.scripting, patterns))
      .catch((error: unknown) => reportError('siteScripts', error));
  });
  // The on-page badge's page reads through the background: a framed page may not open IndexedDB itself.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== OVERLAY_PORT) return;
    serveOverlayPort(port, { db, extensionId, extensionOrigin, report: reportError }).catch((error: unknown) => reportError('overlayPort', error));
  });
  // Team sync (off by default): passes on an alarm, when a surface opens and shortly after a capture is stored.
  const sync = startTeamSync({ db, alarms: browser.alarms, storage: browser.storage, report: (error) => reportError('syncPass', error) });
  // Each handler checks its sender and parses its data with zod: the types of the map are a promise, not a check.
  onMessage('capture', async ({ data, sender }) => {
    const reply = await handleCapture(data, sender, context);
    if (reply.ok) sync.requestSoon();
    return reply;
  });
  onMessage('overlayState', ({ data, sender }) => handleOverlayState(data, sender, context));
  onMessage('overlayPosition', ({ data, sender }) => handleOverlayPosition(data, sender, context));
  onMessage('overlayHide', ({ data, sender }) => handleOverlayHide(data, sender, context));
  onMessage('syncRequest', ({ data, sender }) =>
    handleSyncRequest(data, sender, { extensionId, extensionOrigin, schedule: sync, readSettings: async () => (await readSyncSettings()).settings }),
  );
  onMessage('captureNow', ({ data, sender }) =>
    handleCaptureNow(data, sender, {
      extensionId,
      extensionOrigin,
      report: reportError,
      executeScript: (tabId) => browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}`] }),
    }),
  );
});
