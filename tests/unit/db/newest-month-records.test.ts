import { describe, expect, it } from 'vitest';
import { freshDatabasesPerTest, makeCapture } from './make-capture';
import { writeCapture } from '../../../lib/db/write-capture';
import { newestMonthRecords } from '../../../lib/db/newest-month-records';

const newDb = freshDatabasesPerTest();
const at = new Date('2026-12-02T02:00:00Z');

describe('newestMonthRecords', () => {
  it("gives every table's record of each label's newest month, never an older month", async () => {
    const db = newDb();
    // October: a 售后 table with 小美. November: the 售前 table (小美, 阿强) and a second table with 小美.
    await writeCapture(db, makeCapture({ period: { start: '2026-10-05', end: '2026-10-05' }, metrics: ['positive_review_rate'], rows: [{ label: '旗舰店:小美', kind: 'agent', values: { positive_review_rate: 98 } }], source: { tableKey: 'after|positive_review_rate' } }), at);
    await writeCapture(db, makeCapture(), at);
    await writeCapture(db, makeCapture({ metrics: ['sales_amount'], rows: [{ label: '旗舰店:小美', kind: 'agent', values: { sales_amount: 100 } }], source: { tableKey: 'sales|sales_amount' } }), at);

    const got = await newestMonthRecords(db, ['旗舰店:小美', '旗舰店:阿强', '没有的人', '旗舰店:小美']);
    expect([...got.keys()].sort()).toEqual(['旗舰店:小美', '旗舰店:阿强']);
    const mei = got.get('旗舰店:小美')!;
    expect(mei.map((r) => r.month)).toEqual(['2026-11', '2026-11']);
    expect(mei.map((r) => r.sourceKey).sort()).toEqual(['sycm|https://sycm.taobao.com/qos/service/frame/team|avg_response_time,inquiry_conversion_rate,reply_rate', 'sycm|sales|sales_amount']);
    expect(got.get('旗舰店:阿强')!.map((r) => r.label)).toEqual(['旗舰店:阿强']);
    // The 均值 row was not asked for.
    expect(got.has('均值')).toBe(false);
  });

  it('answers an empty map for no labels or an empty store', async () => {
    const db = newDb();
    expect(await newestMonthRecords(db, [])).toEqual(new Map());
    expect(await newestMonthRecords(db, ['旗舰店:小美'])).toEqual(new Map());
  });
});
