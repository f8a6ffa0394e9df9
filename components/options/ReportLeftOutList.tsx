import type { LeftOutHeader } from '@/lib/import';
import { t } from '@/lib/i18n/translate';
import { metricLabel } from '@/components/standing/ui-language';

/** Why a column was not imported, in the UI language: unrecognised, the same metric as an earlier column, or no metric. */
function reasonOf(h: LeftOutHeader): string {
  switch (h.reason) {
    case 'duplicate_metric':
      return t('importLeftOutDuplicate', [h.keptColumn ?? '?', h.keptHeader ?? '', h.metricId ? metricLabel(h.metricId) : '']);
    case 'not_a_metric':
      return t('importLeftOutNotMetric');
    case 'unrecognised':
      return t('importLeftOutUnrecognised');
  }
}

/** Every column of a sheet that is not imported, with its letter and why, so nothing vanishes silently. */
export function ReportLeftOutList({ leftOut }: { leftOut: readonly LeftOutHeader[] }) {
  return (
    <ul className="ignored-headers" data-testid="import-ignored" data-count={leftOut.length}>
      {leftOut.map((h) => (
        <li key={h.column} data-column={h.column} data-reason={h.reason} data-kept={h.keptColumn ?? ''}>
          <b>{h.header}</b> <span className="muted small">{t('importLeftOutColumn', [h.column])}</span> <span className="muted">{reasonOf(h)}</span>
        </li>
      ))}
    </ul>
  );
}
