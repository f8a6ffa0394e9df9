import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { CONSOLE_MATCHES } from '@/lib/model/console-sites';
import { controlCoverage } from '@/lib/overlay/default-corner';
import { controlOverlayFrame } from '@/lib/overlay/overlay-frame';
import { watchLayoutSettle } from '@/lib/overlay/layout-settle';
import { onFrameMessage, sendToBackground } from '@/lib/messages/content-messaging';
import { leanT as t } from '@/lib/i18n/lean-translate';

// The on-page badge: an extension page (entrypoints/overlay) in an iframe of the top frame. This script
// only places the frame; it must stay tiny (no React, no Dexie): it runs on every console page.

/** A failed message to the background: see the call sites for why nothing is lost. */
const keepGoing = () => undefined;
export default defineContentScript({
  matches: [...CONSOLE_MATCHES],
  allFrames: false,
  runAt: 'document_idle',
  main(ctx) {
    const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
    let ui: IframeContentScriptUi<AbortController> | null = null;

    const unmount = () => {
      ui?.remove();
      ui = null;
    };
    const mount = (saved: { x: number; y: number } | null) => {
      const next = createIframeUi(ctx, {
        page: '/overlay.html',
        position: 'inline',
        // After <body>: consoles that re-render their body leave it alone.
        anchor: () => document.documentElement,
        onBeforeMount(wrapper, iframe) {
          wrapper.setAttribute('style', 'all:initial!important;position:fixed!important;left:0!important;top:0!important;width:0!important;height:0!important;z-index:2147483646!important');
          iframe.title = t('overlayFrameTitle');
          iframe.setAttribute('allowtransparency', 'true');
          iframe.dataset.testid = 'kefu-overlay';
        },
        onMount(wrapper, iframe) {
          const controller = new AbortController();
          const frame = controlOverlayFrame({
            frame: iframe,
            win: window,
            extensionOrigin,
            saved,
            coveredAt: controlCoverage(document, (el) => wrapper.contains(el)),
            // These fail only when the background is unreachable (the extension was updated or removed
            // under the page): the badge has moved or gone already, and the next page asks again.
            savePosition: (point) => void sendToBackground('overlayPosition', point).catch(keepGoing),
            hide: () => {
              unmount();
              void sendToBackground('overlayHide', undefined).catch(keepGoing); // see savePosition
            },
            signal: controller.signal,
          });
          // Placed again when the page settles, never per DOM mutation (see layout-settle.ts).
          controller.signal.addEventListener('abort', watchLayoutSettle(window, frame.settled));
          return controller;
        },
        onRemove: (controller) => controller?.abort(),
      });
      next.mount();
      ui = next;
    };

    const start = async () => {
      // No answer (the extension was updated under the page): no badge on this page, as before it loaded.
      const reply = await sendToBackground('overlayState', undefined).catch(keepGoing);
      if (!reply?.ok || ctx.isInvalid) return;
      if (!reply.show) unmount();
      else if (!ui) mount(reply.position);
    };

    // The popup's "show on this site again" asks for a fresh look, without a reload.
    onFrameMessage('overlayRefresh', ({ sender }) => {
      // Only the extension's own pages (no tab) may ask; another frame's content script may not.
      if (sender.id === browser.runtime.id && !sender.tab) void start();
    });
    void start();
  },
});
