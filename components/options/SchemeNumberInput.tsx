import { say } from '@/lib/i18n/translate';
import type { IssueText } from '@/lib/model/schemas';

/**
 * A number typed in display units, with its unit after it and, after a failed save, the problems of this
 * field right below (linked with aria-describedby, so a screen reader reads them with the field).
 */
export function SchemeNumberInput({
  id,
  name,
  value,
  onChange,
  label,
  unit,
  issues,
  width = 'normal',
}: {
  id: string;
  name: string;
  value: string;
  onChange: (text: string) => void;
  label: string;
  unit?: string;
  issues: readonly IssueText[];
  width?: 'normal' | 'narrow';
}) {
  const issueId = `${id}-issues`;
  return (
    <span className="scheme-field">
      <span className="with-unit">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className={width === 'narrow' ? 'num narrow' : 'num'}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          aria-label={label}
          aria-invalid={issues.length > 0 || undefined}
          aria-describedby={issues.length > 0 ? issueId : undefined}
        />
        {unit && <span className="unit" aria-hidden="true">{unit}</span>}
      </span>
      <FieldIssues id={issueId} issues={issues} />
    </span>
  );
}

export function FieldIssues({ id, issues }: { id?: string; issues: readonly IssueText[] }) {
  if (issues.length === 0) return null;
  return (
    <span className="field-issues" id={id} data-testid="scheme-field-issue">
      {issues.map((issue, i) => (
        <span key={i}>{say(issue.message)}</span>
      ))}
    </span>
  );
}
