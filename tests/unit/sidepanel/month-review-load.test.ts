import { describe, expect, it } from 'vitest';
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import { PRESET_SCHEMES } from '../../../lib/analysis/scheme-presets';
import type { KefuDatabase } from '../../../lib/db/database';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { loadMonthData, loadMonthReview, loadPreviousValues, monthMetrics, monthReviewOf } from '../../../lib/sidepanel/month-review-load';
import { monthChoices } from '../../../lib/sidepanel/month-choices';
import { valueRecord } from '../analysis/value-record';
import { freshDatabasesPerTest } from '../db/make-capture';
import { putStoredValues } from '../db/stored-values';

const newDb = freshDatabasesPerTest();

const MEI = '旗舰店:小美';
const MEI_ALIAS = '小美';
const QIANG = '旗舰店:阿强';
const DAYS = 'sycm|https://sycm.taobao.com/qos/service/frame/team|consult_count';
const MONTHLY = 'chitu|https://chitu.example/month|reply_rate';
const nov = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
const oct = (n: number) => `2026-10-${String(n).padStart(2, '0')}`;
const schemes = { presale: structuredClone(PRESET_SCHEMES.presale), aftersale: structuredClone(PRESET_SCHEMES.aftersale) };
const profile = (key: string, aliases: string[] = []): AgentProfile => ({ key, displayName: '', role: 'presale', aliases, isMe: false });

/**
 * 小美 (presale), November 1–10: 咨询人数 100, 询单人数 50, 最终付款人数 20 a day; 回复率 99 on the 1st–5th and
 * 95 on the 6th–10th (the 10th under her alias 小美). October: 回复率 90 and 咨询人数 100 every day.
 * 阿强 (presale): 回复率 80 on 11-01 … 11-03, and a whole-month 回复率 99 (赤兔 月).
 * 均值: 咨询人数 53.5 on 11-05.
 */
async function seed(db: KefuDatabase): Promise<void> {
  const v: ValueRecord[] = [];
  for (let d = 1; d <= 10; d++) {
    const label = d === 10 ? MEI_ALIAS : MEI;
    v.push(valueRecord(label, 'consult_count', 100, { start: nov(d), source: DAYS }));
    v.push(valueRecord(label, 'inquiry_count', 50, { start: nov(d), source: DAYS }));
    v.push(valueRecord(label, 'paid_count', 20, { start: nov(d), source: DAYS }));
    v.push(valueRecord(label, 'reply_rate', d <= 5 ? 99 : 95, { start: nov(d), source: DAYS }));
  }
  for (let d = 1; d <= 31; d++) {
    v.push(valueRecord(MEI, 'consult_count', 100, { start: oct(d), source: DAYS }));
    v.push(valueRecord(MEI, 'reply_rate', 90, { start: oct(d), source: DAYS }));
  }
  for (let d = 1; d <= 3; d++) v.push(valueRecord(QIANG, 'reply_rate', 80, { start: nov(d), source: DAYS }));
  v.push(valueRecord(QIANG, 'reply_rate', 99, { start: nov(1), end: nov(30), source: MONTHLY }));
  v.push(valueRecord('均值', 'consult_count', 53.5, { start: nov(5), source: DAYS }));
  await putStoredValues(db, v);
  await db.agents.bulkPut([profile(MEI, [MEI_ALIAS]), profile(QIANG), profile('旗舰店:没来')]);
}

const TODAY = '2026-12-05';

describe('loadMonthReview', () => {
  it('judges each agent of the month from its days, aliases merged, and carries the benchmark rows', async () => {
    const db = newDb();
    await seed(db);
    const profiles = await db.agents.toArray();
    const review = await loadMonthReview(db, '2026-11', TODAY, profiles, schemes);
    // 没来 has a profile and no row in November: no row.
    expect(review.rows.map((r) => r.agent.key).sort()).toEqual([MEI, QIANG].sort());
    const mei = review.rows.find((r) => r.agent.key === MEI)!;
    const reply = mei.metrics.find((m) => m.metric === 'reply_rate')!;
    // Weighted by 咨询人数 (100 every day): (5 × 99 + 5 × 95) / 10 = 97, on 10 of 30 days.
    expect(reply.month).toMatchObject({ value: 97, days: 10, monthDays: 30, source: 'days' });
    // Target 98: the 6th–10th (95) missed, 10 days judged.
    expect(reply.missedDays).toEqual({ missed: 5, judged: 10 });
    // October: 90 every day → change +7.
    expect(reply.previous).toBe(90);
    expect(reply.change).toBeCloseTo(7, 9);
    // 询单转化率 from its parts: 200 / 500 = 40 %.
    const conversion = mei.metrics.find((m) => m.metric === 'inquiry_conversion_rate')!;
    expect(conversion.month?.value).toBeCloseTo(40, 9);
    // Score: 回复率 (97 − 90) / 10 = 70 × 20, 转化率 (40 − 30) / 30 = 33.3 × 40; over weights 60 → 45.56.
    expect(mei.standing?.score).toBeCloseTo((70 * 20 + (100 / 3) * 40) / 60, 6);
    const consult = mei.volumes.find((x) => x.metric === 'consult_count')!;
    expect(consult.month).toMatchObject({ value: 1000, days: 10 });
    // Volumes compare daily means: 100 a day both months.
    expect(consult.change).toBe(0);

    const qiang = review.rows.find((r) => r.agent.key === QIANG)!;
    // The whole-month capture wins over the days (80).
    expect(qiang.metrics.find((m) => m.metric === 'reply_rate')!.month).toMatchObject({ value: 99, days: 30, source: 'month' });
    expect(qiang.previousScore).toBeNull();

    expect(review.benchmarks).toHaveLength(1);
    expect(review.benchmarks[0]).toMatchObject({ kind: 'team_average', label: '均值' });
    expect(review.benchmarks[0]!.values.get('consult_count')).toMatchObject({ value: 53.5, days: 1 });
  });

  it('shows the month first and adds the previous month in a second read', async () => {
    const db = newDb();
    await seed(db);
    const profiles = await db.agents.toArray();
    const data = await loadMonthData(db, '2026-11', TODAY, profiles, schemes);
    const first = monthReviewOf(data, schemes);
    const mei = first.rows.find((r) => r.agent.key === MEI)!;
    expect(mei.metrics.find((m) => m.metric === 'reply_rate')!.change).toBeNull();
    const previous = await loadPreviousValues(db, data, TODAY);
    expect([...previous.keys()]).toEqual([MEI]);
    const second = monthReviewOf(data, schemes, previous);
    expect(second.rows.find((r) => r.agent.key === MEI)!.metrics.find((m) => m.metric === 'reply_rate')!.change).toBeCloseTo(7, 9);
  });

  it('this month so far counts the 1st to yesterday', async () => {
    const db = newDb();
    await seed(db);
    const review = await loadMonthReview(db, '2026-11', '2026-11-06', await db.agents.toArray(), schemes);
    const mei = review.rows.find((r) => r.agent.key === MEI)!;
    // The 1st–5th only (99 each): 5 / 5 days.
    expect(mei.metrics.find((m) => m.metric === 'reply_rate')!.month).toMatchObject({ value: 99, days: 5, monthDays: 5 });
  });

  it('an empty month gives no rows, and a malformed month is refused with a message', async () => {
    const db = newDb();
    await seed(db);
    const review = await loadMonthReview(db, '2026-09', TODAY, [], schemes);
    expect(review.rows).toEqual([]);
    expect(review.benchmarks).toEqual([]);
    await expect(loadMonthReview(db, '2026-13', TODAY, [], schemes)).rejects.toThrow(/YYYY-MM/);
  });
});

describe('monthMetrics', () => {
  it('lists the scheme metrics of both roles once, then the volumes', () => {
    expect(monthMetrics('2026-11', schemes)).toEqual([
      'online_duration', 'reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate',
      'positive_review_rate', 'return_rate', 'review_changed_count',
      'consult_count', 'reception_count', 'inquiry_count', 'paid_count', 'sales_amount',
    ]);
  });
});

describe('monthChoices', () => {
  it('offers this month so far first, then each month with a period, newest first, no future month', () => {
    const periods = [
      { start: '2026-12-03', end: '2026-12-03' },
      { start: '2026-11-01', end: '2026-11-30' },
      { start: '2026-10-31', end: '2026-10-31' },
      { start: '2026-09-28', end: '2026-10-04' },
      { start: '2027-01-01', end: '2027-01-01' },
    ];
    expect(monthChoices(periods, '2026-12-05')).toEqual(['2026-12', '2026-11', '2026-10', '2026-09']);
    expect(monthChoices([], '2026-12-05')).toEqual(['2026-12']);
  });
});
