import { metricById } from '@/lib/model';
import type { IssueText } from '@/lib/model/schemas';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';
import { DISPLAY_UNITS, plainNumberText, issuesAt, unitOfMetric, weightSum, type MetricRowDraft, type VersionDraft, addMetricRow, removeMetricRow, updateMetricRow } from '@/lib/options';
import { FieldIssues, SchemeNumberInput } from './SchemeNumberInput';
import { metricLabel } from '@/components/standing/ui-language';
import { SchemeMetricSelect } from './SchemeMetricSelect';

const DIRECTION_KEYS = { up: 'schemeDirUp', down: 'schemeDirDown', neutral: 'schemeDirNeutral' } as const;
const DIRECTION_ARROWS = { up: '↑', down: '↓', neutral: '·' } as const;

/** The metric rows of one version: metric, kind, target, worst, best, weight; add and remove rows. */
export function SchemeMetricTable({
  version,
  at,
  role,
  issues,
  onChange,
}: {
  version: VersionDraft;
  /** Path of the version in the scheme (`versions[1]`), to find each field's problems. */
  at: string;
  role: 'presale' | 'aftersale';
  issues: readonly IssueText[];
  onChange: (v: VersionDraft) => void;
}) {
  return (
    <>
      <div className="scheme-table-wrap">
        <table className="scheme-table">
          <thead>
            <tr>
              <th scope="col">{t('schemeColMetric')}</th>
              <th scope="col">{t('schemeColKind')}</th>
              <th scope="col">{t('schemeColTarget')}</th>
              <th scope="col">{t('schemeColWorst')}</th>
              <th scope="col">{t('schemeColBest')}</th>
              <th scope="col">{t('schemeColWeight')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('schemeRemoveMetric')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {version.metrics.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {t('schemeNoMetrics')}
                </td>
              </tr>
            )}
            {version.metrics.map((row, i) => (
              <MetricRow
                key={row.uid}
                row={row}
                path={`${at}.metrics[${i}]`}
                role={role}
                issues={issues}
                onChange={(patch) => onChange(updateMetricRow(version, row.uid, patch))}
                onRemove={() => onChange(removeMetricRow(version, row.uid))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button type="button" onClick={() => onChange(addMetricRow(version, role))} data-testid="scheme-add-metric">
          {t('schemeAddMetric')}
        </button>
        <span className="muted" data-testid="scheme-weight-sum">
          {t('schemeWeightSum', [plainNumberText(weightSum(version.metrics))])}
        </span>
      </div>
    </>
  );
}

function MetricRow({
  row,
  path,
  role,
  issues,
  onChange,
  onRemove,
}: {
  row: MetricRowDraft;
  path: string;
  role: 'presale' | 'aftersale';
  issues: readonly IssueText[];
  onChange: (patch: Partial<Omit<MetricRowDraft, 'uid'>>) => void;
  onRemove: () => void;
}) {
  const def = metricById(row.metric);
  const name = metricLabel(row.metric);
  const unit = t(DISPLAY_UNITS[unitOfMetric(row.metric)].suffix);
  const id = `m-${row.uid}`;
  const metricIssues = issuesAt(issues, `${path}.metric`);
  // Problems of the row as a whole (none from the schema today) show under the metric.
  const rowIssues = [...metricIssues, ...issuesAt(issues, path), ...issuesAt(issues, `${path}.kind`)];
  const field = (f: 'target' | 'worst' | 'best', header: PlainKey) => (
    <td>
      <SchemeNumberInput id={`${id}-${f}`} name={f} value={row[f]} onChange={(text) => onChange({ [f]: text })} label={`${name} · ${t(header)}`} unit={unit} issues={issuesAt(issues, `${path}.${f}`)} />
    </td>
  );
  return (
    <tr data-testid="scheme-metric-row" data-metric={row.metric}>
      <td>
        <SchemeMetricSelect id={`${id}-metric`} value={row.metric} onChange={(metric) => onChange({ metric })} label={t('schemeColMetric')} role={role} invalid={rowIssues.length > 0} describedBy={rowIssues.length > 0 ? `${id}-metric-issues` : undefined} />
        {def && (
          <span className="metric-direction muted">
            {DIRECTION_ARROWS[def.direction]} {t(DIRECTION_KEYS[def.direction])}
          </span>
        )}
        <FieldIssues id={`${id}-metric-issues`} issues={rowIssues} />
      </td>
      <td>
        <select name="kind" value={row.kind} onChange={(e) => onChange({ kind: e.currentTarget.value === 'incentive' ? 'incentive' : 'basic' })} aria-label={`${name} · ${t('schemeColKind')}`}>
          <option value="basic">{t('schemeKindBasic')}</option>
          <option value="incentive">{t('schemeKindIncentive')}</option>
        </select>
      </td>
      {field('target', 'schemeColTarget')}
      {field('worst', 'schemeColWorst')}
      {field('best', 'schemeColBest')}
      <td>
        <SchemeNumberInput id={`${id}-weight`} name="weight" value={row.weight} onChange={(weight) => onChange({ weight })} label={`${name} · ${t('schemeColWeight')}`} issues={issuesAt(issues, `${path}.weight`)} width="narrow" />
      </td>
      <td>
        <button type="button" className="icon-button" onClick={onRemove} aria-label={t('schemeRemoveMetricLabel', [name])} title={t('schemeRemoveMetricLabel', [name])}>
          ×
        </button>
      </td>
    </tr>
  );
}
