const HOST_TAG = 'kefu-capture-toast';
const VISIBLE_MS = 4000;

/**
 * A small pill at the bottom of the frame saying what was saved. It lives in a shadow root on
 * <html> (page CSS cannot reach it, it takes no room in the page's layout), lets every click through
 * and fades by itself, so it never breaks or covers the console's own controls for long.
 */
export function showConfirmation(doc: Document, text: string, tone: 'ok' | 'warn' = 'ok'): void {
  let host = doc.querySelector(HOST_TAG) as HTMLElement | null;
  if (!host) {
    host = doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all:initial;position:fixed;left:0;bottom:0;width:0;height:0;z-index:2147483647;pointer-events:none');
    const root = host.attachShadow({ mode: 'open' });
    // One line of CSS: every byte of this file ships in every console frame (content.js budget).
    root.innerHTML = `<style>.toast{position:fixed;left:50%;bottom:16px;transform:translate(-50%,8px);max-width:min(560px,90vw);padding:6px 14px;border-radius:14px;background:#182030e0;color:#fff;font:12px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;box-shadow:0 2px 8px #0004;opacity:0;transition:.2s;pointer-events:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}.toast.show{opacity:1;transform:translate(-50%,0)}.toast.warn{background:rgba(160,90,0,.92)}</style><div class="toast" role="status" aria-live="polite" data-testid="capture-toast"></div>`;
    doc.documentElement.appendChild(host);
  }
  const toast = host.shadowRoot!.querySelector('.toast') as HTMLElement;
  toast.textContent = text;
  toast.className = `toast show${tone === 'warn' ? ' warn' : ''}`;
  const timer = Number(toast.dataset.timer);
  if (timer) clearTimeout(timer);
  toast.dataset.timer = String(setTimeout(() => (toast.className = 'toast'), VISIBLE_MS));
}

