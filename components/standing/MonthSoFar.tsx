import { useId } from 'react';
import { t, say } from '@/lib/i18n/translate';
import type { MyMonth } from '@/lib/standing';
import { uiLang } from './ui-language';
import './month-so-far.css';

export interface MonthSoFarProps {
  mine: MyMonth;
  /** The badge's size: one line of figures, the next-grade line below. */
  compact?: boolean;
  /** The popup's card already says whose month it is and whether the role is a guess: only the badge repeats it. */
  showRoleGuess?: boolean;
}

/** "This month so far" (last month on the 1st): score, grade, estimated commission, the way to the next grade. */
export function MonthSoFar({ mine, compact = false, showRoleGuess = true }: MonthSoFarProps) {
  const titleId = useId();
  const { window, judged, daysWithData, lastMonth } = mine;
  const roleName = mine.role === 'presale' ? t('popupRolePresale') : mine.role === 'aftersale' ? t('popupRoleAftersale') : '';
  return (
    <section className={`month-so-far${compact ? ' compact' : ''}`} aria-labelledby={titleId} data-testid="my-month" data-month={window.month}>
      <header className="month-so-far-head">
        <h3 id={titleId}>{lastMonth ? t('myMonthLastTitle') : t('myMonthTitle')}</h3>
        <span className="muted small" data-testid="my-month-range">
          {t('myMonthRange', window.days, [window.first.slice(5), window.last.slice(5), String(window.days)])}
          {daysWithData > 0 && daysWithData < window.days && ` · ${t('myMonthDataDays', daysWithData, [String(daysWithData)])}`}
        </span>
      </header>
      {daysWithData === 0 ? (
        <p className="muted small" data-testid="my-month-empty">
          {lastMonth ? t('myMonthNoDataLast') : t('myMonthNoData')}
        </p>
      ) : judged === null || judged.standing === null ? (
        <p className="muted small" data-testid="my-month-no-role">
          {t('myMonthNoRole')}
        </p>
      ) : (
        <>
          <Figures mine={mine} />
          {judged.nextGrade && (
            <p className="month-so-far-next" data-testid="my-month-next" data-kind={judged.nextGrade.kind}>
              {!compact && <span className="muted small">{t('myMonthNextTitle')}</span>}
              <span>{say(judged.nextGrade.message)}</span>
            </p>
          )}
          {showRoleGuess && mine.roleGuessed && <p className="muted small">{t('popupRoleGuessed', [roleName])}</p>}
        </>
      )}
    </section>
  );
}

/** Score to one decimal for the hook (the view shows it whole, as ScoreBadge does). */
const scoreHook = (score: number) => String(Math.round(score * 10) / 10);

function Figures({ mine }: { mine: MyMonth }) {
  const judged = mine.judged!;
  const standing = judged.standing!;
  const { score, grade, commission } = standing;
  const band = score === null ? 'none' : Math.round(score) >= 90 ? 'high' : Math.round(score) >= 70 ? 'mid' : 'low';
  const hasItems = (judged.version?.commission.length ?? 0) > 0;
  const lang = uiLang();
  const yuan = commission === null ? '' : Math.round(commission).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <dl className="month-so-far-figures">
      <div>
        <dt>{t('myMonthScore')}</dt>
        <dd className={`band-${band}`} data-testid="my-month-score" data-value={score === null ? '' : scoreHook(score)}>
          {score === null ? '—' : Math.round(score)}
        </dd>
      </div>
      <div>
        <dt>{t('myMonthGrade')}</dt>
        <dd data-testid="my-month-grade" data-value={grade ?? ''}>
          {grade ?? <span className="muted">{t('myMonthNoGrade')}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('myMonthCommission')}</dt>
        <dd data-testid="my-month-commission" data-value={commission === null ? '' : String(Math.round(commission * 100) / 100)}>
          {commission !== null ? (
            t('myMonthCommissionAbout', [yuan])
          ) : (
            <span className="muted">{hasItems ? t('myMonthCommissionNoData') : t('myMonthCommissionNotSet')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
