import { createIframeUi, type IframeContentScriptUi } from 'wxt/utils/content-script-ui/iframe';
import { CONSOLE_MATCHES } from '@/lib/model/console-sites';
import { controlCoverage } from '@/lib/overlay/default-corner';
import { controlOverlayFrame } from '@/lib/overlay/overlay-frame';
import { OVERLAY_HIDE, OVERLAY_POSITION, OVERLAY_REFRESH, OVERLAY_STATE, parseStateReply } from '@/lib/overlay/runtime-messages';
import { t } from '@/lib/i18n/translate';

// The on-page badge: an extension page (entrypoints/overlay) in an iframe of the top frame. This script
// only places the frame; it must stay tiny (no React, no Dexie): it runs on every console page.
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
          controlOverlayFrame({
            frame: iframe,
            win: window,
            extensionOrigin,
            saved,
            coveredAt: controlCoverage(document, (el) => wrapper.contains(el)),
            savePosition: (point) => void browser.runtime.sendMessage({ type: OVERLAY_POSITION, ...point }).catch(() => undefined),
            hide: () => {
              unmount();
              void browser.runtime.sendMessage({ type: OVERLAY_HIDE }).catch(() => undefined);
            },
            signal: controller.signal,
          });
          return controller;
        },
        onRemove: (controller) => controller?.abort(),
      });
      next.mount();
      ui = next;
    };

    const start = async () => {
      const reply = parseStateReply(await browser.runtime.sendMessage({ type: OVERLAY_STATE }).catch(() => null));
      if (!reply || ctx.isInvalid) return;
      if (!reply.show) unmount();
      else if (!ui) mount(reply.position);
    };

    // The popup's "show on this site again" asks for a fresh look, without a reload.
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if ((message as { type?: unknown } | null)?.type !== OVERLAY_REFRESH || sender.id !== browser.runtime.id || sender.tab) return undefined;
      void start();
      return undefined;
    });
    void start();
  },
});
