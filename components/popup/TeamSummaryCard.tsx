import { metricLabel } from '@/components/standing';
import { t } from '@/lib/i18n/translate';
import type { TeamSummary } from '@/lib/popup';
import { periodText } from './period-text';

/** The manager's glance: agents captured in the latest period, how many miss basics, the team's weakest metric. */
export function TeamSummaryCard({ summary }: { summary: TeamSummary }) {
  return (
    <section className="popup-card" aria-labelledby="popup-team-title" data-testid="popup-team">
      <header className="popup-card-head">
        <div>
          <h2 id="popup-team-title">{t('popupTeamHeading')}</h2>
          <p className="muted small">{periodText(summary.period)}</p>
        </div>
      </header>
      <dl className="popup-stats">
        <div>
          <dt>{t('popupTeamAgents')}</dt>
          <dd data-testid="popup-team-agents">{summary.agents}</dd>
        </div>
        <div>
          <dt>{t('popupTeamMissBasic')}</dt>
          <dd data-testid="popup-team-miss-basic" className={summary.missingBasic > 0 ? 'gap-fail' : 'gap-pass'}>
            {summary.missingBasic}
          </dd>
        </div>
        <div className="wide">
          <dt>{t('popupTeamWeakest')}</dt>
          <dd data-testid="popup-team-weakest" data-metric={summary.weakest?.metric ?? ''}>
            {summary.weakest ? (
              <>
                {metricLabel(summary.weakest.metric)} <span className="muted small">{t('popupTeamWeakestCount', [String(summary.weakest.agents)])}</span>
              </>
            ) : (
              <span className="muted small">{t('popupTeamNoWeakest')}</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="muted small">{t('popupSetMeHint')}</p>
    </section>
  );
}
