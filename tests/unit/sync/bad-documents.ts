import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { packIntoMonth } from '../../../lib/db/value-month';
import { valueId } from '../../../lib/model/keys';
import { captureDocId, expectedId, profileToDoc, schemeToDoc, valuesToDoc } from '../../../lib/sync/sync-documents';

export const SOURCE = 'sycm|https://sycm.taobao.com/qos/service/frame/team|reply_rate';
export const LABEL = '旗舰店:小美';
const at = (captureId: number) => `2026-11-${String(captureId).padStart(2, '0')}T02:00:00.000Z`;

export interface BadChange {
  what: string;
  change: { id: string; seq: number; deleted?: boolean; doc: Record<string, unknown> & { _id: string } };
  reason: RegExp;
}

/** Pulled documents that must never reach Dexie, each with the words its reason must hold. */
export function badDocuments(): BadChange[] {
  const record = packIntoMonth(undefined, [
    { id: valueId(SOURCE, '2026-11-20', '2026-11-20', LABEL, 'reply_rate'), sourceKey: SOURCE, console: 'sycm', periodStart: '2026-11-20', periodEnd: '2026-11-20', periodGuessed: false, label: LABEL, rowKind: 'agent', metric: 'reply_rate', value: 96, captureId: 1, capturedAt: at(1) },
  ]);
  const values = valuesToDoc(record, (id) => captureDocId({ sourceKey: SOURCE, capturedAt: at(id), origin: 'capture' }));
  const valuesId = expectedId(values);
  const scheme = schemeToDoc(presetScheme('presale'), '2026-11-21T02:00:00.000Z');
  const profile = profileToDoc({ key: LABEL, aliases: [], isMe: false }, '2026-11-21T02:00:00.000Z');
  const { periods: _p, ...noPeriods } = values;
  const change = (what: string, doc: Record<string, unknown> & { _id: string }, reason: RegExp, deleted = false) => ({ what, change: { id: doc._id, seq: 1, ...(deleted ? { deleted } : {}), doc }, reason });
  return [
    change('wrong kind for its id', { ...values, _id: valuesId, kind: 'capture' }, /kind/),
    change('missing field', { ...noPeriods, _id: valuesId }, /periods/),
    change('a value that is not a number', { ...values, _id: valuesId, periods: { '2026-11-20|2026-11-20': { metricAt: [0], values: ['96'], originOf: [0] } } }, /values/),
    change('an origin that does not exist', { ...values, _id: valuesId, periods: { '2026-11-20|2026-11-20': { metricAt: [0], values: [96], originOf: [3] } } }, /no such origin/),
    change('a period outside its month', { ...values, _id: valuesId, periods: { '2026-10-20|2026-10-20': { metricAt: [0], values: [96], originOf: [0] } } }, /outside the month/),
    change('an unknown metric', { ...values, _id: valuesId, metrics: ['made_up_metric'] }, /metrics/),
    change('a metric index past the list', { ...values, _id: valuesId, periods: { '2026-11-20|2026-11-20': { metricAt: [1], values: [96], originOf: [0] } } }, /no such metric/),
    change('the old shape (metric names per period)', { ...values, _id: valuesId, periods: { '2026-11-20|2026-11-20': { metrics: ['reply_rate'], values: [96], originOf: [0] } } }, /metricAt|metrics/),
    change('a scheme without versions', { ...scheme, _id: 'scheme:presale', scheme: { ...scheme.scheme, versions: [] } }, /versions/),
    change('filed under another id', { ...profile, _id: 'profile:旗舰店:别人' }, /id does not match/),
    change('an id that is not ours', { _id: 'something:1', kind: 'values' }, /unknown document id/),
    change('a design document', { _id: '_design/kefu-readonly', validate_doc_update: 'function () {}' }, /design document/),
    change('a deletion', { _id: 'profile:旗舰店:小美', _rev: '2-x', _deleted: true }, /deleted/, true),
  ];
}

