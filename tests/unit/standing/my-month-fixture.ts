import type { AgentEntry } from '../../../lib/analysis/types';
import type { KpiScheme } from '../../../lib/analysis/kpi-scheme';
import { monthWindow } from '../../../lib/analysis/month-window';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import type { AgentRole } from '../../../lib/analysis/agent-roles';
import type { ValueRecord } from '../../../lib/model/schemas/records';
import { valueRecord } from '../analysis/value-record';

/** 小美's November so far and October, hand-computed: shared by the loader's and the popup block's tests. */

export const MEI = '旗舰店:小美';
export const QIANG = '旗舰店:阿强';
export const SOURCE = 'sycm|https://sycm.taobao.com/qos/service/frame/team|consult_count';
export const HOUR = 3600;
export const ME: AgentEntry = { key: MEI, labels: [MEI], name: '小美', role: 'presale', roleGuessed: false, isMe: true };

/**
 * The preset 售前 scheme (online 8 h: worst 6 h, best 8 h, weight 10; reply 98 %: 90 → 100, 20; first
 * response 15 s: 40 → 8, 12; average response 30 s: 55 → 5, 18; 询单转化率 50 %: 30 → 60, 40; 金 90, 银 80,
 * 铜 70) with a commission of 1 % of 销售额, scaled by the incentive score.
 */
export function schemes(): Record<AgentRole, KpiScheme> {
  const presale = presetScheme('presale');
  presale.versions[0]!.commission = [{ metric: 'sales_amount', mode: 'percent_of', rate: 1 }];
  presale.versions[0]!.commissionScaledByScore = true;
  return { presale, aftersale: presetScheme('aftersale') };
}

/** One day of 小美 (or another label): every metric the scheme and the month rules use. */
export function day(date: string, v: Record<string, number>, label = MEI): ValueRecord[] {
  return Object.entries(v).map(([metric, value]) => valueRecord(label, metric, value, { start: date, source: SOURCE }));
}

/**
 * November so far (today 11-23: 11-01 … 11-22, 22 days), two days of data:
 *   11-01: 咨询 100, 接待 100, 回复率 99, 首响 10 s, 平均响应 20 s, 询单 50, 付款 30 (60 %), 在线 8 h, 销售额 10,000
 *   11-02: 咨询 300, 接待 300, 回复率 98, 首响 14 s, 平均响应 24 s, 询单 150, 付款 75 (50 %), 在线 7 h, 销售额 20,000
 * Month values:
 *   回复率 by 咨询人数 (99×100 + 98×300) / 400 = 39,300 / 400 = 98.25 → (98.25−90)/10 = 82.5 points
 *   首响 by 接待人数 (10×100 + 14×300) / 400 = 5,200 / 400 = 13 s → (40−13)/32 = 84.375
 *   平均响应 by 接待人数 (20×100 + 24×300) / 400 = 9,200 / 400 = 23 s → (55−23)/50 = 64
 *   询单转化率 recomputed (30+75)/(50+150) = 105/200 = 52.5 % → (52.5−30)/30 = 75 (a plain mean of the
 *   rates would say 55 %)
 *   在线 daily mean (8+7)/2 = 7.5 h → (7.5−6)/2 = 75
 * Score (10×75 + 20×82.5 + 12×84.375 + 18×64 + 40×75) / 100 = (750+1650+1012.5+1152+3000)/100 = 75.645: 铜牌.
 * Commission: 销售额 30,000 × 1 % = 300 × incentive score 75 / 100 = 225 yuan.
 * Next grade 银牌 (80): 4.355 × 100 = 435.5 weighted points. Only 询单转化率 (+10.8875 points → 85.8875 =
 * 55.76625 %: +3.26625 pp, 3.26625 / 7.5 = 0.4355 of its way left) and 平均响应 (+24.19 → 12.1 s off,
 * 0.672 of its way left) can do it alone; 转化率 is the cheaper: rounded up to 0.1 pp, 3.3.
 */
export const NOVEMBER: ValueRecord[] = [
  ...day('2026-11-01', { consult_count: 100, reception_count: 100, reply_rate: 99, first_response_time: 10, avg_response_time: 20, inquiry_count: 50, paid_count: 30, inquiry_conversion_rate: 60, online_duration: 8 * HOUR, sales_amount: 10_000 }),
  ...day('2026-11-02', { consult_count: 300, reception_count: 300, reply_rate: 98, first_response_time: 14, avg_response_time: 24, inquiry_count: 150, paid_count: 75, inquiry_conversion_rate: 50, online_duration: 7 * HOUR, sales_amount: 20_000 }),
];
/** October: one day at every metric's best (8 h, 100 %, 8 s, 5 s, 60 %): score 100, 金牌. */
export const OCTOBER: ValueRecord[] = day('2026-10-15', { online_duration: 8 * HOUR, reply_rate: 100, first_response_time: 8, avg_response_time: 5, inquiry_count: 100, paid_count: 60, inquiry_conversion_rate: 60 });

export const SO_FAR = monthWindow('2026-11', '2026-11-23');

