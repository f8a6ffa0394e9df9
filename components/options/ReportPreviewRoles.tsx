import { AGENT_ROLES, type AgentRole } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { firstOf } from '@/lib/options';

const ROLE_KEYS: Record<AgentRole, PlainKey> = { presale: 'agentsRolePresale', aftersale: 'agentsRoleAftersale' };

/** Agent names shown per role before "and N more". */
const SHOWN = 6;

/** The roles a sheet's role column (旺旺类型) states, grouped by role: they become role guesses on confirm. */
export function ReportPreviewRoles({ roles }: { roles: readonly { label: string; role: AgentRole }[] }) {
  const separator = t('importReportListSeparator');
  return (
    <>
      {AGENT_ROLES.map((role) => {
        const labels = roles.filter((r) => r.role === role).map((r) => r.label);
        if (labels.length === 0) return null;
        const { shown, more } = firstOf(labels, SHOWN);
        const names = `${shown.join(separator)}${more > 0 ? ` ${t('importReportAndMore', more)}` : ''}`;
        return (
          <span key={role} className="role-group" data-role={role} data-count={labels.length} data-labels={JSON.stringify(labels)}>
            {t('importReportRoleGroup', labels.length, [t(ROLE_KEYS[role]), labels.length, names])}
            <br />
          </span>
        );
      })}
      <span className="muted small">{t('importReportRoleNote')}</span>
    </>
  );
}
