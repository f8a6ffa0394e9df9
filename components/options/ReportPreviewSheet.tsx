import { useId } from 'react';
import type { SheetPreview } from '@/lib/import';
import type { RowKind } from '@/lib/model';
import { say, t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { firstOf, periodInputProblem } from '@/lib/options';
import { metricLabel } from '@/components/standing/ui-language';
import { ReportLeftOutList } from './ReportLeftOutList';
import { ReportPreviewRoles } from './ReportPreviewRoles';

/** Agent names shown before "and N more": enough to recognise the team, short enough for one line. */
const SHOWN_AGENTS = 6;

const BENCHMARK_KEYS: Record<Exclude<RowKind, 'agent'>, PlainKey> = {
  team_total: 'spBenchTeamTotal',
  team_average: 'spBenchTeamAverage',
  peer_average: 'spBenchPeerAverage',
  peer_top: 'spBenchPeerTop',
};

export interface PeriodInput {
  start: string;
  end: string;
}

interface Props {
  sheet: SheetPreview;
  today: string;
  input: PeriodInput | undefined;
  disabled: boolean;
  onPeriod: (input: PeriodInput) => void;
}

const range = (start: string, end: string) => (start === end ? start : t('importReportRange', [start, end]));

/** One table of a report file in the preview: period (or the inputs asking for it), agents, metrics, problems. */
export function ReportPreviewSheet({ sheet, today, input, disabled, onPeriod }: Props) {
  const separator = t('importReportListSeparator');
  const agents = firstOf(sheet.agents, SHOWN_AGENTS);
  const titleId = useId();
  return (
    <section className="report-sheet" data-testid="import-preview-sheet" data-sheet={sheet.sheet} aria-labelledby={titleId}>
      <h4 id={titleId}>
        {t('importReportSheet', [sheet.sheet])}
        <span className="muted small">
          {' · '}
          {t('importReportHeaderRow', [String(sheet.headerRow)])}
          {' · '}
          <span data-testid="import-value-count" data-count={sheet.valueCount}>
            {t('importReportValues', sheet.valueCount, [sheet.valueCount.toLocaleString()])}
          </span>
        </span>
      </h4>
      <dl className="report-facts">
        <dt>{t('importReportPeriod')}</dt>
        <dd data-testid="import-period" data-kind={sheet.period.kind} data-start={sheet.period.start ?? ''} data-end={sheet.period.end ?? ''}>
          {sheet.period.kind === 'needed' ? (
            <PeriodFields today={today} input={input} disabled={disabled} onPeriod={onPeriod} />
          ) : (
            <>
              <b>{range(sheet.period.start ?? '?', sheet.period.end ?? '?')}</b>
              <span className="muted small">
                {' · '}
                {sheet.period.kind === 'date-column' ? t('importReportPeriodDateColumn', sheet.period.days ?? 0, [sheet.period.days ?? '?']) : t('importReportPeriodFileName')}
              </span>
            </>
          )}
        </dd>

        <dt>{t('importReportAgents')}</dt>
        <dd data-testid="import-agents" data-count={sheet.agents.length}>
          <b>{t('importReportAgentCount', sheet.agents.length)}</b>
          {agents.shown.length > 0 && <span className="agent-names">{`${agents.shown.join(separator)}${agents.more > 0 ? ` ${t('importReportAndMore', agents.more)}` : ''}`}</span>}
        </dd>

        <dt>{t('importReportBenchmarks')}</dt>
        <dd data-testid="import-benchmarks" data-count={sheet.benchmarks.length}>
          {sheet.benchmarks.length === 0
            ? t('importReportNone')
            : sheet.benchmarks.map((b, i) => (
                <span key={`${b.label}|${b.kind}`}>
                  {i > 0 && separator}
                  {b.label}
                  {b.kind !== 'agent' && <span className="muted small"> · {t(BENCHMARK_KEYS[b.kind])}</span>}
                </span>
              ))}
        </dd>

        <dt>{t('importReportMetrics', [String(sheet.metrics.length)])}</dt>
        <dd>
          <ul className="metric-chips" data-testid="import-metrics" data-count={sheet.metrics.length}>
            {sheet.metrics.map((m) => {
              const label = metricLabel(m.id);
              return (
                <li key={`${m.id}|${m.header}`} data-metric={m.id} title={m.header}>
                  {label}
                  {m.header !== label && <span className="muted"> ← {m.header}</span>}
                  {m.decimalRate && <span className="chip-note">{t('importReportDecimalRate')}</span>}
                </li>
              );
            })}
          </ul>
        </dd>

        {sheet.roleColumn !== null && (
          <>
            <dt>{t('importReportRoles', [sheet.roleColumn])}</dt>
            <dd data-testid="import-roles" data-count={sheet.roles.length}>
              <ReportPreviewRoles roles={sheet.roles} />
            </dd>
          </>
        )}

        {sheet.leftOut.length > 0 && (
          <>
            <dt>{t('importReportIgnored', [String(sheet.leftOut.length)])}</dt>
            <dd>
              <ReportLeftOutList leftOut={sheet.leftOut} />
            </dd>
          </>
        )}
      </dl>

      {sheet.problems.length > 0 && (
        <details className="report-problems" open data-testid="import-problems" data-count={sheet.problems.length + sheet.moreProblems}>
          <summary>{t('importReportProblems', [String(sheet.problems.length + sheet.moreProblems)])}</summary>
          <div className="scheme-table-wrap">
            <table className="log">
              <thead>
                <tr>
                  <th scope="col">{t('importReportProblemRow')}</th>
                  <th scope="col">{t('importReportProblemColumn')}</th>
                  <th scope="col">{t('importReportProblemText')}</th>
                  <th scope="col">{t('importReportProblemReason')}</th>
                </tr>
              </thead>
              <tbody>
                {sheet.problems.map((p, i) => (
                  <tr key={`${p.row}|${p.column}|${i}`}>
                    <td>{p.row}</td>
                    <td>{p.column}</td>
                    <td>
                      <code>{p.text}</code>
                    </td>
                    <td>{say(p.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sheet.moreProblems > 0 && <p className="muted small">{t('importReportMoreProblems', [String(sheet.moreProblems)])}</p>}
        </details>
      )}
    </section>
  );
}

/** The two date inputs of a sheet whose file states no period; confirm stays disabled until they are valid. */
function PeriodFields({ today, input, disabled, onPeriod }: { today: string; input: PeriodInput | undefined; disabled: boolean; onPeriod: (input: PeriodInput) => void }) {
  const value = input ?? { start: '', end: '' };
  const problem = periodInputProblem(value, today);
  // "Fill both in" is what the lead sentence already says; speak up only once something was typed.
  const shown = problem && (value.start !== '' || value.end !== '') ? problem : null;
  const issueId = useId();
  return (
    <div className="period-needed">
      <span className="warn-text">{t('importReportPeriodNeeded')}</span>
      <span className="period-inputs">
        <label>
          <span>{t('importReportPeriodStart')}</span>
          <input
            type="date"
            data-testid="import-period-start"
            value={value.start}
            max={today}
            required
            disabled={disabled}
            aria-invalid={shown !== null}
            aria-describedby={shown ? issueId : undefined}
            onChange={(e) => onPeriod({ ...value, start: e.currentTarget.value })}
          />
        </label>
        <label>
          <span>{t('importReportPeriodEnd')}</span>
          <input
            type="date"
            data-testid="import-period-end"
            value={value.end}
            min={value.start || undefined}
            max={today}
            required
            disabled={disabled}
            aria-invalid={shown !== null}
            aria-describedby={shown ? issueId : undefined}
            onChange={(e) => onPeriod({ ...value, end: e.currentTarget.value })}
          />
        </label>
      </span>
      {shown && (
        <span className="field-issues" id={issueId} role="alert">
          {say(shown)}
        </span>
      )}
    </div>
  );
}
