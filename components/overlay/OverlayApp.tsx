import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { GapList, metricLabel, metricUnit, MonthSoFar, ScoreBadge, uiLang, WeakestHint } from '@/components/standing';
import { formatGap } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import type { MyMonth, MyStanding } from '@/lib/standing';
import { periodShort } from '../popup/period-text';
import { DragHandle } from './DragHandle';
import { postToHost } from './post-to-host';
import { useOverlayData } from './use-overlay-data';
import { useReportSize } from './use-report-size';
import './overlay.css';

/**
 * The on-page badge: collapsed, the weakest metric, its gap and the score; expanded, every target gap and
 * this month so far (score, grade, commission, the way to the next grade).
 */
export function OverlayApp() {
  const { state, send } = useOverlayData();
  const data = state.kind === 'ready' ? state.data : undefined;
  const [expanded, setExpanded] = useState<boolean | null>(null);
  // Focus follows the user's own toggles only: on page load the console keeps its focus.
  const [toggled, setToggled] = useState(false);
  const isExpanded = expanded ?? (data?.kind === 'me' && data.expanded);
  const card = useRef<HTMLDivElement>(null);
  const layout = data === undefined ? state.kind : `${data.kind}-${isExpanded}`;
  useReportSize(card, layout);

  const toggle = (next: boolean) => {
    setExpanded(next);
    setToggled(true);
    send({ type: 'expanded', expanded: next });
  };
  // Esc collapses from anywhere in the badge.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && isExpanded) toggle(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (data === undefined) return null;
  const hide = <HideButton />;
  if (data.kind === 'no-me') {
    return (
      <div ref={card} className="overlay-card collapsed" data-testid="overlay-card" data-state="no-me">
        <DragHandle />
        {/* Small on purpose: a manager who never sets "me" sees a pill, not a card over the console. */}
        <button
          type="button"
          className="overlay-link"
          onClick={() => void browser.runtime.openOptionsPage()}
          title={t('overlaySetMe')}
          aria-label={t('overlaySetMe')}
          data-testid="overlay-open-options"
        >
          {t('overlaySetMeShort')}
        </button>
        {hide}
      </div>
    );
  }
  return isExpanded ? (
    <Expanded cardRef={card} mine={data.mine} month={data.month} onCollapse={() => toggle(false)} hide={hide} focus={toggled} />
  ) : (
    <Collapsed cardRef={card} mine={data.mine} onExpand={() => toggle(true)} hide={hide} focus={toggled} />
  );
}

interface ViewProps {
  cardRef: RefObject<HTMLDivElement | null>;
  mine: MyStanding;
  hide: ReactNode;
  /** Take the focus when shown (after the user toggled). */
  focus: boolean;
}

function Collapsed({ cardRef, mine, onExpand, hide, focus }: ViewProps & { onExpand: () => void }) {
  const expandRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) expandRef.current?.focus({ preventScroll: true });
  }, [focus]);
  const { standing } = mine;
  const weakest = standing?.weakest ?? null;
  const lang = uiLang();
  const gapText = weakest && weakest.gap.gap !== null ? formatGap(weakest.gap.gap, metricUnit(weakest.metric), lang) : null;
  const scoreText = standing?.score === null || standing?.score === undefined ? '—' : String(Math.round(standing.score));
  const label = !standing
    ? mine.period
      ? t('overlayNoRole')
      : t('overlayNoData')
    : weakest && !weakest.meetsTarget && gapText
      ? t('overlayExpandLabel', [metricLabel(weakest.metric), gapText, scoreText])
      : t('overlayExpandNoGap', [scoreText]);
  return (
    <div ref={cardRef} className="overlay-card collapsed" data-testid="overlay-card" data-state="collapsed">
      <DragHandle />
      <button
        ref={expandRef}
        type="button"
        className="overlay-badge"
        onClick={onExpand}
        aria-expanded="false"
        aria-label={label}
        data-testid="overlay-badge"
        data-metric={weakest?.metric ?? ''}
        disabled={!standing}
      >
        {!standing ? (
          <span className="muted small">{label}</span>
        ) : weakest && !weakest.meetsTarget ? (
          <>
            <span className="overlay-metric">{metricLabel(weakest.metric)}</span>
            <span className="overlay-gap gap-fail">{gapText}</span>
          </>
        ) : (
          <span className="overlay-metric gap-pass">{t('overlayAllOnTarget')}</span>
        )}
        {standing && <ScoreBadge score={standing.score} grade={standing.grade} compact />}
      </button>
      {hide}
    </div>
  );
}

function Expanded({ cardRef, mine, month, onCollapse, hide, focus }: ViewProps & { month: MyMonth | null; onCollapse: () => void }) {
  const collapseRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) collapseRef.current?.focus({ preventScroll: true });
  }, [focus]);
  const { standing, period, agent } = mine;
  return (
    <div ref={cardRef} className="overlay-card expanded" data-testid="overlay-card" data-state="expanded" role="region" aria-label={t('overlayTargets')}>
      <header className="overlay-head">
        <DragHandle />
        <div className="overlay-title">
          <b>{agent.name}</b>
          {period && <span className="muted small">{periodShort(period)}</span>}
        </div>
        {standing && <ScoreBadge score={standing.score} grade={standing.grade} compact />}
        <button ref={collapseRef} type="button" className="overlay-icon" onClick={onCollapse} aria-expanded="true" aria-label={t('overlayCollapse')} title={t('overlayCollapse')} data-testid="overlay-collapse">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2 4.5 6 8.5 10 4.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
        </button>
        {hide}
      </header>
      {standing ? (
        <>
          <GapList gaps={standing.gaps} compact caption={t('overlayTargets')} />
          <WeakestHint weakest={standing.weakest} adviceLimit={1} compact />
        </>
      ) : (
        <p className="muted small">{period ? t('overlayNoRole') : t('overlayNoData')}</p>
      )}
      {month && (
        <div className="overlay-month">
          <MonthSoFar mine={month} compact />
        </div>
      )}
    </div>
  );
}

function HideButton() {
  return (
    <button type="button" className="overlay-icon" onClick={() => postToHost({ type: 'hide' })} aria-label={t('overlayHide')} title={t('overlayHide')} data-testid="overlay-hide">
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
        <path d="M3 3 9 9M9 3 3 9" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
    </button>
  );
}
