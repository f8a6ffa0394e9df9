/**
 * An outsourcing team (issue 11): `agents` agents spread over `shops` shops (`店铺NN:客服NNNN`), each shop
 * its own console table with its own 均值 row, captured daily for `days` days with the 6 metrics both
 * KPI presets know. Every agent gets a profile with the role a report stated (roleHint): two in three
 * 售前, one in three 售后, as an import of 旺旺类型 leaves them.
 */
import type { AgentProfile } from '../../../lib/analysis/agent-profile';
import { tableKey } from '../../../lib/capture/table-key';
import type { Capture } from '../../../lib/model/capture-types';
import type { DayCapture } from './year-of-captures';

export const TEAM_METRICS = ['reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate', 'positive_review_rate', 'return_rate'] as const;
const HEADERS: Record<(typeof TEAM_METRICS)[number], string> = {
  reply_rate: '回复率',
  first_response_time: '首次响应时长',
  avg_response_time: '平均响应时长',
  inquiry_conversion_rate: '询单转化率',
  positive_review_rate: '好评率',
  return_rate: '退货率',
};
const RANGE: Record<(typeof TEAM_METRICS)[number], [number, number, number]> = {
  reply_rate: [85, 100, 2],
  first_response_time: [5, 45, 1],
  avg_response_time: [10, 60, 1],
  inquiry_conversion_rate: [25, 65, 2],
  positive_review_rate: [88, 100, 2],
  return_rate: [0, 15, 2],
};

export const shopName = (s: number) => `店铺${String(s + 1).padStart(2, '0')}`;
/** Agent i belongs to shop i mod shops, so every shop holds agents/shops of them. */
export const teamAgentKey = (i: number, shops: number) => `${shopName(i % shops)}:客服${String(i + 1).padStart(4, '0')}`;

export interface TeamOfShops {
  captures: DayCapture[];
  profiles: AgentProfile[];
}

export function teamOfShops(agents: number, shops: number, days: number, firstDay: string): TeamOfShops {
  let seed = 7;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const ids = [...TEAM_METRICS];
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const captures: DayCapture[] = [];
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let s = 0; s < shops; s++) {
      const page = `https://sycm.taobao.com/qos/service/kefu_performance/${shopName(s)}`;
      const rows: Capture['rows'] = [];
      for (let i = s; i < agents; i += shops) {
        const values = Object.fromEntries(
          ids.map((id) => {
            const [min, max, decimals] = RANGE[id];
            return [id, rnd() < 0.01 ? null : Number((min + rnd() * (max - min)).toFixed(decimals))];
          }),
        );
        rows.push({ label: teamAgentKey(i, shops), kind: 'agent', values });
      }
      const average = Object.fromEntries(
        ids.map((id) => {
          const present = rows.map((r) => r.values[id]).filter((v): v is number => typeof v === 'number');
          return [id, present.length ? Number((present.reduce((a, b) => a + b, 0) / present.length).toFixed(2)) : null];
        }),
      );
      rows.push({ label: '均值', kind: 'team_average', values: average });
      captures.push({
        capture: {
          source: { console: 'sycm', pageUrl: page, frameUrl: page, tableKey: tableKey(page, ids) },
          period: { start: day, end: day, guessed: false, evidence: `统计日期 ${day}` },
          metrics: ids,
          headerTexts: Object.fromEntries(ids.map((id) => [id, HEADERS[id]])),
          rows,
          warnings: [],
          leftOut: [],
        },
        capturedAt: new Date(start + (d + 1) * 86_400_000 + 9 * 3_600_000 + s * 60_000),
      });
    }
  }
  const profiles: AgentProfile[] = Array.from({ length: agents }, (_, i) => ({
    key: teamAgentKey(i, shops),
    aliases: [],
    isMe: false,
    roleHint: i % 3 === 2 ? 'aftersale' : 'presale',
  }));
  return { captures, profiles };
}
