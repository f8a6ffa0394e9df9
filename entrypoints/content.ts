import { CONSOLE_MATCHES } from '@/lib/model/console-sites';
import { watchFrame } from '@/lib/capture/watch-frame';
import { showConfirmation } from '@/lib/capture/confirmation-toast';
import { confirmationText, failureText } from '@/lib/capture/confirmation-text';
import { findPeriod } from '@/lib/period/find-period';
import type { CaptureReply } from '@/lib/model/capture-reply';
import { PERIOD_QUERY } from '@/lib/messages/period-query';
import { t } from '@/lib/i18n/translate';

// Thin wiring: the capture logic lives in lib/capture and is tested there.
export default defineContentScript({
  matches: [...CONSOLE_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    watchFrame(window, {
      signal: controller.signal,
      send: async (capture) => {
        const reply = (await browser.runtime.sendMessage({ type: 'capture', capture })) as CaptureReply | undefined;
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return reply;
      },
      onSaved: (capture, reply) => showConfirmation(document, confirmationText(capture, reply as CaptureReply, t)),
      onFailed: (_capture, error) => showConfirmation(document, failureText(error, t), 'warn'),
    });
    if (window.top === window) {
      // The console shell answers for apps in its iframes that show no date themselves.
      browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
        if ((message as { type?: unknown } | null)?.type !== PERIOD_QUERY) return undefined;
        sendResponse(findPeriod(document, new Date()));
        return undefined;
      });
    }
  },
});
