import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '@/lib/i18n/translate';
import { postToHost } from './post-to-host';

const STEP = 10;
const BIG_STEP = 50;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/**
 * Moves the badge: a pointer drag sends its movement since the press in screen coordinates (the frame
 * moves under the pointer, so its own coordinates would shift), arrow keys send steps (Shift: bigger). The content script moves
 * the iframe and saves the place.
 */
export function DragHandle() {
  const start = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { x: e.screenX, y: e.screenY };
    postToHost({ type: 'drag-start', screenX: e.screenX, screenY: e.screenY });
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const from = start.current;
    if (!from) return;
    if (e.buttons === 0) {
      // The release went to the page (the host's drag shield took it): this drag is over.
      start.current = null;
      return;
    }
    // Totals since the press: the host places the frame at its start plus this.
    postToHost({ type: 'drag-move', dx: e.screenX - from.x, dy: e.screenY - from.y });
  };
  const onPointerEnd = () => {
    if (!start.current) return;
    start.current = null;
    postToHost({ type: 'drag-end' });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const arrow = ARROWS[e.key];
    if (!arrow) return;
    e.preventDefault();
    const step = e.shiftKey ? BIG_STEP : STEP;
    postToHost({ type: 'nudge', dx: arrow[0] * step, dy: arrow[1] * step });
  };
  return (
    <button
      type="button"
      className="overlay-handle"
      aria-label={t('overlayDragHandle')}
      title={t('overlayDragHandle')}
      data-testid="overlay-handle"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    >
      <svg width="8" height="16" viewBox="0 0 8 16" aria-hidden="true">
        {[2, 6].map((x) => [3, 8, 13].map((y) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill="currentColor" />))}
      </svg>
    </button>
  );
}
