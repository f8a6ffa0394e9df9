import { handleRuntimeMessage } from '@/lib/background/handle-message';
import { openDatabase } from '@/lib/db/database';
import { PERIOD_QUERY } from '@/lib/messages/period-query';

// Thin wiring: validation, sender checks and the write live in lib/ and are tested there.
export default defineBackground(() => {
  const db = openDatabase();
  const context = {
    db,
    extensionId: browser.runtime.id,
    askTopFramePeriod: (tabId: number) => browser.tabs.sendMessage(tabId, { type: PERIOD_QUERY }, { frameId: 0 }),
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleRuntimeMessage(message, sender, context).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the reply comes asynchronously
  });
});
