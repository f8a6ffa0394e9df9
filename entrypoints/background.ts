import { handleRuntimeMessage, handleOverlayMessage, serveOverlayPort, type PortLike, keepAliveWhile } from '@/lib/background';
import { isOverlayRequest, OVERLAY_PORT } from '@/lib/overlay';
import { openDatabase } from '@/lib/db';
import { PERIOD_QUERY } from '@/lib/messages';
import { syncUserSiteScripts, type ScriptingApi, userSitePatterns } from '@/lib/sites';

// Thin wiring: validation, sender checks and the write live in lib/ and are tested there.
export default defineBackground(() => {
  const db = openDatabase();
  // Opened at once, kept alive until open: a schema upgrade may outlast the worker's 30 s idle limit.
  void keepAliveWhile(db.open(), () => browser.runtime.getPlatformInfo()).catch(() => undefined);
  const context = {
    db,
    extensionId: browser.runtime.id,
    askTopFramePeriod: (tabId: number) => browser.tabs.sendMessage(tabId, { type: PERIOD_QUERY }, { frameId: 0 }),
  };
  // After an install or update, user sites get every script this version registers (the badge's came later).
  browser.runtime.onInstalled.addListener(() => {
    void userSitePatterns(db).then((patterns) => syncUserSiteScripts(browser.scripting as unknown as ScriptingApi, patterns)).catch(() => undefined);
  });
  // The on-page badge's page reads through the background: a framed page may not open IndexedDB itself.
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === OVERLAY_PORT) void serveOverlayPort(port as unknown as PortLike, { db, extensionId: browser.runtime.id, extensionOrigin });
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Overlay requests (prefs of the on-page badge) have their own handler; it checks the sender the same way.
    const handled = isOverlayRequest(message) ? handleOverlayMessage(message, sender, context) : handleRuntimeMessage(message, sender, context);
    handled.then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the reply comes asynchronously
  });
});
