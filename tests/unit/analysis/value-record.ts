import { valueId } from '../../../lib/model/keys';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { rowKindOf } from '../../../lib/metrics/row-kind';

let nextCapture = 1;

/** A stored value as the capture path writes it (id from its fields, row kind from the label), each from its own capture. */
export function valueRecord(
  label: string,
  metric: string,
  value: number | null,
  opts: { start: string; end?: string; source: string; at?: string },
): ValueRecord {
  const end = opts.end ?? opts.start;
  return {
    id: valueId(opts.source, opts.start, end, label, metric),
    sourceKey: opts.source,
    console: 'sycm',
    periodStart: opts.start,
    periodEnd: end,
    periodGuessed: false,
    label,
    rowKind: rowKindOf(label),
    metric,
    value,
    captureId: nextCapture++,
    capturedAt: opts.at ?? `${end}T23:00:00.000Z`,
  };
}
