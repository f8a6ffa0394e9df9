import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { correctPeriod } from '@/lib/db';
import type { CaptureRecord } from '@/lib/model/schemas';
import type { LeftOutColumn } from '@/lib/model';
import { say, t } from '@/lib/i18n/translate';
import { firstOf } from '@/lib/options';
import { formatDateTime } from '../format-date-time';
import { consoleName } from '../console-name';
import { metricLabel } from '../standing/ui-language';
import { useDatabase } from '@/components/database-context';

const SHOWN = 50;
/** Warnings listed per entry: a capture keeps up to 5,000 (a garbled column of a 1,000-agent table); the rest are counted. */
const LISTED_WARNINGS = 100;

export function CaptureLog() {
  const db = useDatabase();
  const captures = useLiveQuery(() => db.captures.orderBy('id').reverse().limit(SHOWN).toArray(), [db]);
  return (
    <section className="card" aria-labelledby="captures-title">
      <h2 id="captures-title">{t('capturesSection')}</h2>
      {captures?.length === 0 ? (
        <p className="muted" data-testid="captures-empty">
          {t('capturesEmpty')}
        </p>
      ) : (
        <table className="log" data-testid="capture-log">
          <thead>
            <tr>
              <th>{t('captureColTime')}</th>
              <th>{t('captureColConsole')}</th>
              <th>{t('captureColPeriod')}</th>
              <th>{t('captureColRows')}</th>
              <th>{t('captureColMetrics')}</th>
              <th>{t('captureColWarnings')}</th>
            </tr>
          </thead>
          <tbody>
            {captures?.map((capture) => (
              <CaptureRow key={capture.id} capture={capture} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function CaptureRow({ capture }: { capture: CaptureRecord }) {
  const [showWarnings, setShowWarnings] = useState(false);
  const [corrected, setCorrected] = useState('');
  const { start, end, guessed } = capture.period;
  return (
    <tr data-testid="capture-row" data-capture-id={capture.id}>
      <td>{formatDateTime(capture.capturedAt)}</td>
      <td title={capture.source.frameUrl}>
        {consoleName(capture.source.console)}
        <CaptureOrigin capture={capture} />
      </td>
      <td>
        {start === end ? start : `${start} ~ ${end}`}
        {guessed && (
          <span className="badge" title={t('periodGuessedTitle')} data-testid="period-guessed">
            {t('periodGuessedBadge')}
          </span>
        )}
        {capture.correctedFrom && (
          <span className="badge ok" title={t('periodCorrectedTitle', [`${capture.correctedFrom.start} ~ ${capture.correctedFrom.end}`])} data-testid="period-corrected">
            {t('periodCorrectedBadge')}
          </span>
        )}
        {guessed && capture.origin === 'capture' && <PeriodCorrection captureId={capture.id} start={start} end={end} onDone={setCorrected} />}
        {corrected && (
          <div role="status" data-testid="correct-period-result">
            {corrected}
          </div>
        )}
      </td>
      <td>
        {capture.agentCount} / {capture.benchmarkCount}
      </td>
      <td>
        {capture.metrics.length}
        <LeftOutColumns columns={capture.leftOut ?? []} />
      </td>
      <td>
        {capture.warnings.length}
        {capture.warnings.length > 0 && (
          <>
            {' '}
            <button type="button" onClick={() => setShowWarnings(!showWarnings)} aria-expanded={showWarnings}>
              {t('showWarnings')}
            </button>
            {showWarnings && <WarningList warnings={capture.warnings} />}
          </>
        )}
      </td>
    </tr>
  );
}

function WarningList({ warnings }: { warnings: CaptureRecord['warnings'] }) {
  const { shown, more } = firstOf(warnings, LISTED_WARNINGS);
  return (
    <ul className="warnings-list" data-testid="capture-warnings">
      {shown.map((w, i) => (
        <li key={i}>
          {w.row} · {w.metric}: “{w.text}” — {w.reason}
        </li>
      ))}
      {more > 0 && (
        <li className="muted" data-testid="capture-warnings-more">
          {t('captureWarningsMore', more, [more.toLocaleString()])}
        </li>
      )}
    </ul>
  );
}

/** Where an entry came from when it was not a page: the CSV import, or the report file by name. */
function CaptureOrigin({ capture }: { capture: CaptureRecord }) {
  if (capture.origin === 'capture') return null;
  const text = capture.file ? t('captureOriginFile', [capture.file.name]) : t('captureOriginCsv');
  return (
    <div className="muted capture-origin" data-testid="capture-origin">
      {text}
    </div>
  );
}

/** The columns the capture did not store, with the reason in words; folded, since most users never look. */
function LeftOutColumns({ columns }: { columns: readonly LeftOutColumn[] }) {
  if (columns.length === 0) return null;
  return (
    <details data-testid="capture-left-out">
      <summary>{t('captureLeftOutTitle', [String(columns.length)])}</summary>
      <ul className="warnings-list">
        {columns.map((c, i) => (
          <li key={i} data-reason={c.reason}>
            “{c.header}” — {leftOutReasonText(c)}
          </li>
        ))}
      </ul>
    </details>
  );
}

function leftOutReasonText(c: LeftOutColumn): string {
  switch (c.reason) {
    case 'duplicate_metric':
      return t('captureLeftOutDuplicate', [c.keptHeader ?? '', metricLabel(c.metricId ?? '')]);
    case 'not_a_metric':
      return t('captureLeftOutNotMetric');
    default:
      return t('captureLeftOutUnrecognised');
  }
}

interface PeriodCorrectionProps {
  captureId: number;
  start: string;
  end: string;
  /** Told the outcome; the row keeps showing it after this editor goes away with the guess. */
  onDone: (message: string) => void;
}

function PeriodCorrection({ captureId, start, end, onDone }: PeriodCorrectionProps) {
  const db = useDatabase();
  const [open, setOpen] = useState(false);
  const [range, setRange] = useState({ start, end });
  if (!open) {
    return (
      <div>
        <button type="button" onClick={() => setOpen(true)} data-testid="correct-period">
          {t('correctPeriod')}
        </button>
      </div>
    );
  }
  const save = async () => {
    const result = await correctPeriod(db, captureId, range);
    onDone(result.ok ? t('correctPeriodDone', result.valuesMoved, [result.valuesMoved, `${range.start} ~ ${range.end}`]) : say(result.message));
  };
  return (
    <div className="actions">
      <input type="date" value={range.start} onChange={(e) => setRange({ ...range, start: e.target.value })} aria-label={t('importReportPeriodStart')} data-testid="correct-period-start" />
      <input type="date" value={range.end} onChange={(e) => setRange({ ...range, end: e.target.value })} aria-label={t('importReportPeriodEnd')} data-testid="correct-period-end" />
      <button type="button" onClick={save}>
        {t('correctPeriodSave')}
      </button>
    </div>
  );
}
