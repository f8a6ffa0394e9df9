import { useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n/translate';
import type { VersionDraft } from '@/lib/options';

/**
 * The versions of a scheme by effective-from date, the one in force today marked; pick one to edit,
 * add one from a date (a copy of the latest), delete one (never the last).
 */
export function SchemeVersionList({
  versions,
  selected,
  inForce,
  withIssues,
  defaultNewDate,
  onSelect,
  onAdd,
  onDelete,
  readOnly = false,
}: {
  versions: readonly VersionDraft[];
  selected: number;
  inForce: number;
  /** Indexes of versions that have problems after a failed save. */
  withIssues: ReadonlySet<number>;
  defaultNewDate: string;
  onSelect: (index: number) => void;
  /** Returns an error text, or null when the version was added. */
  onAdd: (effectiveFrom: string) => string | null;
  onDelete: (index: number) => void;
  /** The manager's scheme on an agent's browser: versions can be looked at, not added or deleted. */
  readOnly?: boolean;
}) {
  const [date, setDate] = useState(defaultNewDate);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(onAdd(date));
  };

  return (
    <div className="scheme-versions">
      <h3 id="scheme-versions-title">{t('schemeVersions')}</h3>
      <ul aria-labelledby="scheme-versions-title">
        {versions.map((v, i) => (
          <li key={v.uid}>
            <button
              type="button"
              className={i === selected ? 'version selected' : 'version'}
              aria-pressed={i === selected}
              onClick={() => onSelect(i)}
              data-testid="scheme-version"
              data-effective-from={v.effectiveFrom}
              data-in-force={i === inForce || undefined}
            >
              <span>{t('schemeVersionFrom', [v.effectiveFrom])}</span>
              {i === inForce && <span className="badge ok">{t('schemeInForce')}</span>}
              {i > inForce && <span className="badge">{t('schemeUpcoming')}</span>}
              {withIssues.has(i) && <span className="badge error">{t('schemeVersionHasIssues')}</span>}
            </button>
          </li>
        ))}
      </ul>
      {!readOnly && (
      <>
      <button type="button" className="danger small-button" disabled={versions.length <= 1} onClick={() => onDelete(selected)} data-testid="scheme-delete-version">
        {t('schemeDeleteVersion')}
      </button>
      <form className="new-version" onSubmit={submit}>
        <label htmlFor="scheme-new-version-date">{t('schemeNewVersionDate')}</label>
        <div className="actions">
          <input id="scheme-new-version-date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} data-testid="scheme-new-version-date" aria-invalid={error ? true : undefined} aria-describedby="scheme-new-version-note" />
          <button type="submit" data-testid="scheme-new-version">
            {t('schemeNewVersion')}
          </button>
        </div>
        <p id="scheme-new-version-note" className={error ? 'field-issues' : 'muted small'} role={error ? 'alert' : undefined}>
          {error ?? t('schemeNewVersionHint')}
        </p>
      </form>
      </>
      )}
    </div>
  );
}
