export interface FrameLocation {
  /** The frame's own URL; about:blank and srcdoc frames take their creator's (document.baseURI). */
  frameUrl: string;
  /** The top page's URL where the frame may read it, else the best it knows (ancestor origin or referrer). */
  pageUrl: string;
  hostname: string;
}

export function frameLocation(win: Window): FrameLocation {
  const doc = win.document;
  const frameUrl = win.location.protocol === 'about:' ? doc.baseURI : win.location.href;
  let pageUrl = frameUrl;
  if (win.top && win.top !== win) {
    try {
      pageUrl = win.top.location.href;
    } catch {
      // Cross-origin top: the origin is all a frame may know of it.
      const ancestors = win.location.ancestorOrigins;
      const topOrigin = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : null;
      pageUrl = topOrigin ? `${topOrigin}/` : doc.referrer || frameUrl;
    }
  }
  let hostname = '';
  try {
    hostname = new URL(frameUrl).hostname;
  } catch {
    // about:blank / srcdoc: the base URL may not parse; the frame's own host is the same answer.
    hostname = win.location.hostname;
  }
  return { frameUrl, pageUrl, hostname };
}
