import { CONSOLE_MATCHES } from '@/lib/model/console-sites';
import { watchFrame } from '@/lib/capture/watch-frame';
import { showConfirmation } from '@/lib/capture/confirmation-toast';
import { confirmationText, failureText } from '@/lib/capture/confirmation-text';
import { findPeriod } from '@/lib/period/find-period';
import { onFrameMessage, sendToBackground } from '@/lib/messages/content-messaging';
import { RESEND_DELAYS_MS, resend } from '@/lib/messages/resend';
import { leanT as t } from '@/lib/i18n/lean-translate';

// Thin wiring: the capture logic lives in lib/capture and is tested there.
export default defineContentScript({
  matches: [...CONSOLE_MATCHES],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main(ctx) {
    watchFrame(window, {
      // Aborted when the context is invalidated (extension updated or removed): the watcher stops.
      signal: ctx.signal,
      send: async (capture) => {
        // Resent until the background answers: it may have been stopped mid-capture (writes are idempotent).
        const reply = await resend(() => sendToBackground('capture', capture), RESEND_DELAYS_MS);
        if (!reply.ok) throw new Error(reply.error);
        return reply;
      },
      onSaved: (_capture, reply) => showConfirmation(document, confirmationText(reply, t)),
      // Shown a few seconds; a refused or failed write is also in the error log (the background keeps it).
      onFailed: (_capture, error) => showConfirmation(document, failureText(error, t), 'warn'),
    });
    if (window.top === window) {
      // The console shell answers for apps in its iframes that show no date themselves.
      onFrameMessage('periodQuery', () => findPeriod(document, new Date()));
    }
  },
});
