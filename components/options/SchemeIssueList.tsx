import type { IssueText } from '@/lib/model/schemas';
import { say } from '@/lib/i18n/translate';
import { issueLocation, type SchemeDraft } from '@/lib/options';

/** Every problem of a failed save, each with where it is ("2026-11-01 版 · 回复率 · 最佳值"). */
export function SchemeIssueList({ issues, draft, onShowVersion }: { issues: readonly IssueText[]; draft: SchemeDraft; onShowVersion: (index: number) => void }) {
  return (
    <ul className="issue-list">
      {issues.map((issue, i) => {
        const where = issueLocation(issue.path, draft);
        const version = where.version;
        const place = where.parts.map(say).join(' · ');
        return (
          <li key={i}>
            {version !== null ? (
              <button type="button" className="link" onClick={() => onShowVersion(version)}>
                {place}
              </button>
            ) : (
              <b>{place}</b>
            )}
            {' — '}
            {say(issue.message)}
          </li>
        );
      })}
    </ul>
  );
}
