import type { IssueText } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import { COMMISSION_RATE_SUFFIX, issuesAt, type VersionDraft, addCommission, removeCommission, updateCommission } from '@/lib/options';
import { FieldIssues, SchemeNumberInput } from './SchemeNumberInput';
import { metricLabel } from '@/components/standing/ui-language';
import { SchemeMetricSelect } from './SchemeMetricSelect';

/** The optional commission estimate of one version: items on money or count metrics, and the scaling. */
export function SchemeCommissionEditor({
  version,
  at,
  role,
  issues,
  onChange,
}: {
  version: VersionDraft;
  at: string;
  role: 'presale' | 'aftersale';
  issues: readonly IssueText[];
  onChange: (v: VersionDraft) => void;
}) {
  return (
    <fieldset className="scheme-block">
      <legend>{t('schemeCommission')}</legend>
      <p className="muted small">{t('schemeCommissionHint')}</p>
      <ul className="scheme-lines">
        {version.commission.map((c, i) => {
          const path = `${at}.commission[${i}]`;
          const name = metricLabel(c.metric);
          const modeIssues = [...issuesAt(issues, `${path}.metric`), ...issuesAt(issues, `${path}.mode`)];
          const modeIssueId = `c-${c.uid}-mode-issues`;
          return (
            <li key={c.uid} data-testid="scheme-commission">
              <SchemeMetricSelect
                id={`c-${c.uid}-metric`}
                value={c.metric}
                onChange={(metric) => onChange(updateCommission(version, c.uid, { metric }))}
                label={t('schemeCommissionMetric')}
                role={role}
                filter={(m) => m.unit === 'yuan' || m.unit === 'count'}
                invalid={modeIssues.length > 0}
                describedBy={modeIssues.length > 0 ? modeIssueId : undefined}
              />
              <span className="scheme-field">
                <select
                  name="mode"
                  value={c.mode}
                  onChange={(e) => onChange(updateCommission(version, c.uid, { mode: e.currentTarget.value === 'per_unit' ? 'per_unit' : 'percent_of' }))}
                  aria-label={`${name} · ${t('schemeCommissionMode')}`}
                  aria-invalid={modeIssues.length > 0 || undefined}
                  aria-describedby={modeIssues.length > 0 ? modeIssueId : undefined}
                >
                  <option value="percent_of">{t('schemeModePercentOf')}</option>
                  <option value="per_unit">{t('schemeModePerUnit')}</option>
                </select>
                <FieldIssues id={modeIssueId} issues={modeIssues} />
              </span>
              <SchemeNumberInput
                id={`c-${c.uid}-rate`}
                name="rate"
                value={c.rate}
                onChange={(rate) => onChange(updateCommission(version, c.uid, { rate }))}
                label={`${name} · ${t('schemeCommissionRate')}`}
                unit={t(COMMISSION_RATE_SUFFIX[c.mode])}
                issues={issuesAt(issues, `${path}.rate`)}
                width="narrow"
              />
              <button type="button" className="icon-button" onClick={() => onChange(removeCommission(version, c.uid))} aria-label={t('schemeRemoveCommissionLabel', [name])} title={t('schemeRemoveCommissionLabel', [name])}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <button type="button" onClick={() => onChange(addCommission(version))}>
          {t('schemeAddCommission')}
        </button>
        <label className="check">
          <input type="checkbox" checked={version.commissionScaledByScore} onChange={(e) => onChange({ ...version, commissionScaledByScore: e.currentTarget.checked })} />
          {t('schemeScaleByScore')}
        </label>
      </div>
    </fieldset>
  );
}
