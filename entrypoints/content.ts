import { CONSOLE_MATCHES } from '@/lib/model/console-sites';
import { watchFrame } from '@/lib/capture/watch-frame';
import { showConfirmation } from '@/lib/capture/confirmation-toast';
import { confirmationText, failureText } from '@/lib/capture/confirmation-text';
import { findPeriod } from '@/lib/period/find-period';
import { onFrameMessage, sendToBackground } from '@/lib/messages/content-messaging';
import { leanT as t } from '@/lib/i18n/lean-translate';

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
        const reply = await sendToBackground('capture', capture);
        if (!reply.ok) throw new Error(reply.error);
        return reply;
      },
      onSaved: (capture, reply) => showConfirmation(document, confirmationText(capture, reply, t)),
      // Shown a few seconds; a refused or failed write is also in the error log (the background keeps it).
      onFailed: (_capture, error) => showConfirmation(document, failureText(error, t), 'warn'),
    });
    if (window.top === window) {
      // The console shell answers for apps in its iframes that show no date themselves.
      onFrameMessage('periodQuery', () => findPeriod(document, new Date()));
    }
  },
});
