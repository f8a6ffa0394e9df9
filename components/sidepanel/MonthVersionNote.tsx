import { AGENT_ROLES, type AgentRole, type KpiScheme, type MonthReview } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';

const ROLE_KEYS = { presale: 'spRolePresale', aftersale: 'spRoleAftersale' } as const;

/**
 * Which version judged the month per role, and a version that took effect inside the month: it judges
 * months from the next one on (monthSchemeVersion; docs/metrics.md "Judging a month").
 */
export function MonthVersionNote({ review, schemes, roles }: { review: MonthReview; schemes: Record<AgentRole, KpiScheme>; roles: ReadonlySet<AgentRole> }) {
  const shown = AGENT_ROLES.filter((r) => roles.has(r));
  if (shown.length === 0) return null;
  return (
    <div className="month-versions small muted" data-testid="month-versions">
      {shown.map((role) => {
        const later = schemes[role].versions.find((v) => v.effectiveFrom > review.first && v.effectiveFrom <= review.last);
        return (
          <p key={role} data-role={role}>
            {t('monthVersionLine', [t(ROLE_KEYS[role]), review.versions[role].effectiveFrom])}
            {later && (
              <span className="month-version-later" data-testid="month-version-later">
                {' '}
                {t('monthVersionLater', [t(ROLE_KEYS[role]), later.effectiveFrom])}
              </span>
            )}
          </p>
        );
      })}
    </div>
  );
}
