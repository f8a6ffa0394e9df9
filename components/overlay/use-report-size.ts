import { useLayoutEffect, type RefObject } from 'react';
import { postToHost } from './post-to-host';

/** Room around the card for its shadow, inside the iframe (px on each side). */
export const FRAME_PADDING = 6;

/** Posts the card's size (plus the shadow's room) whenever it changes: the iframe takes that size. `layout` names what is shown (the card element changes with it). */
export function useReportSize(ref: RefObject<HTMLElement | null>, layout: string): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) {
      postToHost({ type: 'size', width: 0, height: 0 });
      return;
    }
    const report = () => {
      const r = el.getBoundingClientRect();
      postToHost({ type: 'size', width: Math.ceil(r.width) + 2 * FRAME_PADDING, height: Math.ceil(r.height) + 2 * FRAME_PADDING });
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, layout]);
}
