import { t } from '@/lib/i18n/translate';
import './standing.css';

export interface ScoreBadgeProps {
  /** 0–100 (AgentStanding.score); null = no value yet. */
  score: number | null;
  /** AgentStanding.grade; null below every grade. */
  grade: string | null;
  /** Smaller, for table cells and the overlay badge. */
  compact?: boolean;
}

/** The score (rounded) with its grade, e.g. `87 银牌`; colour follows the score band, text says it too. */
export function ScoreBadge({ score, grade, compact = false }: ScoreBadgeProps) {
  const rounded = score === null ? null : Math.round(score);
  const band = rounded === null ? 'none' : rounded >= 90 ? 'high' : rounded >= 70 ? 'mid' : 'low';
  const label =
    rounded === null ? t('standingNoScore') : grade ? t('standingScoreGrade', [String(rounded), grade]) : t('standingScore', [String(rounded)]);
  return (
    <span
      className={`standing-score band-${band}${compact ? ' compact' : ''}`}
      data-testid="score-badge"
      data-score={rounded ?? ''}
      data-grade={grade ?? ''}
      title={label}
      aria-label={label}
      role="img"
    >
      <b aria-hidden="true">{rounded ?? '—'}</b>
      {grade && (
        <span className="standing-grade" aria-hidden="true">
          {grade}
        </span>
      )}
    </span>
  );
}
