import { GapList, ScoreBadge, WeakestHint } from '@/components/standing';
import { t } from '@/lib/i18n/translate';
import { rankGaps } from '@/lib/analysis';
import type { MyStanding } from '@/lib/standing';
import { periodText } from './period-text';

/** "Me": score and grade, the three largest gaps, the weakest metric with one piece of advice. */
export function MyStandingCard({ mine }: { mine: MyStanding }) {
  const { agent, standing, period } = mine;
  const roleName = mine.role === 'presale' ? t('popupRolePresale') : mine.role === 'aftersale' ? t('popupRoleAftersale') : '';
  return (
    <section className="popup-card" aria-labelledby="popup-me-title" data-testid="popup-me" data-agent={agent.key}>
      <header className="popup-card-head">
        <div>
          <h2 id="popup-me-title">{agent.name}</h2>
          <p className="muted small">
            {t('popupMeHeading')}
            {period && ` · ${periodText(period)}`}
          </p>
        </div>
        {standing && <ScoreBadge score={standing.score} grade={standing.grade} />}
      </header>
      {!period && <p className="muted">{t('popupNoDataForMe', [agent.name])}</p>}
      {period && !standing && <p className="muted">{t('popupNoRole', [agent.name])}</p>}
      {standing && <StandingBody mine={mine} roleName={roleName} />}
    </section>
  );
}

function StandingBody({ mine, roleName }: { mine: MyStanding; roleName: string }) {
  const standing = mine.standing!;
  // The three to work on: misses first; when every standard is met, the three with the least margin.
  const gaps = rankGaps(standing.gaps)
    .filter((g) => g.value !== null)
    .slice(0, 3);
  const allMet = standing.weakest?.meetsTarget === true;
  return (
    <>
      <p className="popup-facts small">
        {standing.basicTotal > 0 && <span data-testid="popup-basic">{t('popupBasicPassed', [String(standing.basicPassed), String(standing.basicTotal)])}</span>}
        {mine.roleGuessed && <span className="muted">{t('popupRoleGuessed', [roleName])}</span>}
      </p>
      {allMet && (
        <p className="popup-ok" data-testid="popup-all-on-target">
          {t('popupAllOnTarget')}
        </p>
      )}
      {gaps.length > 0 && <GapList gaps={gaps} compact caption={t('popupLargestGaps')} />}
      <WeakestHint weakest={standing.weakest} adviceLimit={1} compact />
    </>
  );
}
