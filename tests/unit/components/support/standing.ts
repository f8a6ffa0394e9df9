import { agentStanding } from '@/lib/analysis/agent-standing';
import { presetScheme } from '@/lib/analysis/scheme-presets';
import type { AgentStanding } from '@/lib/analysis/types';

const HOUR = 3600;

/**
 * A 售前 agent's day under the preset scheme (target 回复率 98%, 首响 15 s, 在线 8 h, 询单转化率 50%),
 * computed by lib/analysis as the views get it: 回复率 96.1% and 首响 25 s miss, 在线 9 h passes,
 * 平均响应 has no value, 询单转化率 42.5% is the weakest (the heaviest weight).
 */
export function presaleStanding(values: Record<string, number | null> = {}): AgentStanding {
  const day = { online_duration: 9 * HOUR, reply_rate: 96.1, first_response_time: 25, inquiry_conversion_rate: 42.5, ...values };
  return agentStanding(new Map(Object.entries(day)), presetScheme('presale').versions[0]!);
}

/** Each row's cells as text: what the user reads, row by row. */
export function rowTexts(rows: readonly HTMLElement[]): string[][] {
  return rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}
