import type { IssueText } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import { issuesAt, type VersionDraft, addGrade, removeGrade, updateGrade } from '@/lib/options';
import { FieldIssues, SchemeNumberInput } from './SchemeNumberInput';

/** Grades of one version: a name and the lowest total score that earns it (金牌 ≥ 90 …). */
export function SchemeGradesEditor({ version, at, issues, onChange }: { version: VersionDraft; at: string; issues: readonly IssueText[]; onChange: (v: VersionDraft) => void }) {
  return (
    <fieldset className="scheme-block">
      <legend>{t('schemeGrades')}</legend>
      <p className="muted small">{t('schemeGradesHint')}</p>
      <ul className="scheme-lines">
        {version.grades.map((g, i) => {
          const path = `${at}.grades[${i}]`;
          const nameIssues = issuesAt(issues, `${path}.name`);
          const label = g.name.trim() || String(i + 1);
          return (
            <li key={g.uid} data-testid="scheme-grade">
              <span className="scheme-field">
                <input
                  type="text"
                  name="gradeName"
                  value={g.name}
                  maxLength={20}
                  onChange={(e) => onChange(updateGrade(version, g.uid, { name: e.currentTarget.value }))}
                  aria-label={t('schemeGradeName')}
                  placeholder={t('schemeGradeName')}
                  aria-invalid={nameIssues.length > 0 || undefined}
                  aria-describedby={nameIssues.length > 0 ? `g-${g.uid}-name-issues` : undefined}
                />
                <FieldIssues id={`g-${g.uid}-name-issues`} issues={nameIssues} />
              </span>
              <span className="ge" aria-hidden="true">≥</span>
              <SchemeNumberInput id={`g-${g.uid}-min`} name="minScore" value={g.minScore} onChange={(minScore) => onChange(updateGrade(version, g.uid, { minScore }))} label={`${label} · ${t('schemeGradeMin')}`} issues={issuesAt(issues, `${path}.minScore`)} width="narrow" />
              <button type="button" className="icon-button" onClick={() => onChange(removeGrade(version, g.uid))} aria-label={t('schemeRemoveGradeLabel', [label])} title={t('schemeRemoveGradeLabel', [label])}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => onChange(addGrade(version))}>
        {t('schemeAddGrade')}
      </button>
    </fieldset>
  );
}
