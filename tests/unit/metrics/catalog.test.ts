import { describe, expect, it } from 'vitest';
import {
  AGENT_HEADERS,
  BENCHMARK_LABELS,
  DATE_HEADERS,
  IGNORED_HEADERS,
  METRICS,
  MISSING_MARKERS,
  metricById,
} from '../../../lib/metrics/catalog';
import { normalizeHeader } from '../../../lib/metrics/normalize-header';
import type { Direction, MetricKind, MetricRole, Unit } from '../../../lib/metrics/types';

// Written from shared/domain/metrics.md, not from the catalog: id, unit, direction, role, kind.
const SPEC: [string, Unit, Direction, MetricRole, MetricKind][] = [
  ['consult_count', 'count', 'up', 'both', 'volume'],
  ['reception_count', 'count', 'up', 'both', 'volume'],
  ['inquiry_count', 'count', 'up', 'presale', 'volume'],
  ['order_count', 'count', 'up', 'presale', 'volume'],
  ['paid_count', 'count', 'up', 'presale', 'volume'],
  ['inquiry_conversion_rate', 'percent', 'up', 'presale', 'incentive'],
  ['same_day_conversion_rate', 'percent', 'up', 'presale', 'incentive'],
  ['next_day_conversion_rate', 'percent', 'up', 'presale', 'incentive'],
  ['order_to_paid_rate', 'percent', 'up', 'presale', 'incentive'],
  ['sales_amount', 'yuan', 'up', 'presale', 'incentive'],
  ['net_sales_amount', 'yuan', 'up', 'presale', 'incentive'],
  ['sales_volume', 'count', 'up', 'presale', 'incentive'],
  ['avg_order_value', 'yuan', 'up', 'presale', 'incentive'],
  ['fulfilled_avg_order_value', 'yuan', 'up', 'presale', 'incentive'],
  ['avg_item_price', 'yuan', 'up', 'presale', 'none'],
  ['items_per_customer', 'ratio', 'up', 'presale', 'none'],
  ['first_response_time', 'seconds', 'down', 'both', 'basic'],
  ['avg_response_time', 'seconds', 'down', 'both', 'basic'],
  ['reply_rate', 'percent', 'up', 'both', 'basic'],
  ['response_rate_3min', 'percent', 'up', 'both', 'basic'],
  ['response_rate_30s', 'percent', 'up', 'both', 'basic'],
  ['unreplied_count', 'count', 'down', 'both', 'basic'],
  ['slow_response_count', 'count', 'down', 'both', 'basic'],
  // Not in metrics.md's table but in its published KPI scheme (慢响应占比, 有效接待率): added for the presets.
  ['slow_response_rate', 'percent', 'down', 'both', 'basic'],
  ['effective_reception_rate', 'percent', 'up', 'both', 'basic'],
  ['online_duration', 'duration', 'up', 'both', 'basic'],
  ['avg_reception_duration', 'seconds', 'neutral', 'both', 'none'],
  ['answer_question_ratio', 'ratio', 'up', 'both', 'none'],
  ['message_chars', 'count', 'neutral', 'both', 'none'],
  ['positive_review_rate', 'percent', 'up', 'aftersale', 'incentive'],
  ['negative_review_count', 'count', 'down', 'aftersale', 'incentive'],
  ['review_changed_count', 'count', 'up', 'aftersale', 'incentive'],
  ['return_rate', 'percent', 'down', 'aftersale', 'incentive'],
  ['refund_rate', 'percent', 'down', 'aftersale', 'incentive'],
  ['refund_amount', 'yuan', 'down', 'aftersale', 'none'],
  ['satisfaction_rate', 'percent', 'up', 'both', 'incentive'],
  ['valid_reception_count', 'count', 'up', 'both', 'volume'],
  ['order_amount', 'yuan', 'up', 'presale', 'none'],
  ['sales_order_count', 'count', 'up', 'presale', 'none'],
  ['sales_share', 'percent', 'up', 'presale', 'none'],
  ['response_rate_3min_allday', 'percent', 'up', 'both', 'none'],
  ['response_rate_30s_allday', 'percent', 'up', 'both', 'none'],
  ['unreplied_count_3min', 'count', 'down', 'both', 'none'],
  ['long_reception_count', 'count', 'neutral', 'both', 'none'],
  ['transfer_in_count', 'count', 'neutral', 'both', 'none'],
  ['transfer_out_count', 'count', 'neutral', 'both', 'none'],
  ['max_concurrent_chats', 'count', 'neutral', 'both', 'none'],
  ['work_days', 'count', 'up', 'both', 'none'],
  ['dissatisfaction_rate', 'percent', 'down', 'both', 'incentive'],
  ['satisfaction_participation_rate', 'percent', 'up', 'both', 'none'],
  ['service_score', 'ratio', 'up', 'both', 'incentive'],
];

describe('METRICS', () => {
  it('holds exactly the metrics of metrics.md', () => {
    expect(METRICS.map((m) => m.id).sort()).toEqual(SPEC.map((s) => s[0]).sort());
  });

  it.each(SPEC)('%s: %s, %s, %s, %s', (id, unit, direction, role, kind) => {
    const m = metricById(id);
    expect(m).toBeDefined();
    expect({ unit: m!.unit, direction: m!.direction, role: m!.role, kind: m!.kind }).toEqual({ unit, direction, role, kind });
    expect(m!.labelZh.length).toBeGreaterThan(0);
    expect(m!.labelEn).toMatch(/^[A-Z0-9][A-Za-z0-9 ()-]+$/);
    expect(m!.names.length).toBeGreaterThan(0);
  });

  it('metricById of an unknown id is undefined', () => {
    expect(metricById('nope')).toBeUndefined();
    expect(metricById('')).toBeUndefined();
  });

  it('ids are unique and snake_case', () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('labels are unique in both languages', () => {
    expect(new Set(METRICS.map((m) => m.labelZh)).size).toBe(METRICS.length);
    expect(new Set(METRICS.map((m) => m.labelEn)).size).toBe(METRICS.length);
  });

  it('no two header names (agent, ignored, date, metric) normalise to the same key', () => {
    const owner = new Map<string, string>();
    const claim = (name: string, who: string) => {
      const key = normalizeHeader(name);
      expect(key, name).not.toBe('');
      const prev = owner.get(key);
      if (prev !== undefined && prev !== who) throw new Error(`${name} → ${key} claimed by ${prev} and ${who}`);
      owner.set(key, who);
    };
    for (const m of METRICS) [...m.names, m.labelZh, m.labelEn, m.id].forEach((n) => claim(n, m.id));
    AGENT_HEADERS.forEach((n) => claim(n, 'agent'));
    IGNORED_HEADERS.forEach((n) => claim(n, 'ignore'));
    DATE_HEADERS.forEach((n) => claim(n, 'date'));
  });
});

describe('row labels and markers', () => {
  it('benchmark labels of metrics.md have their kinds', () => {
    const spec: Record<string, string> = {
      汇总: 'team_total', 汇总值: 'team_total', 合计: 'team_total', 总计: 'team_total',
      均值: 'team_average', 平均值: 'team_average', 平均: 'team_average', 全店平均值: 'team_average', 团队均值: 'team_average',
      同行同层均值: 'peer_average', 同行同层优秀: 'peer_top',
    };
    for (const [label, kind] of Object.entries(spec)) expect(BENCHMARK_LABELS[label], label).toBe(kind);
  });

  it('lists the agent, ignored and date headers of metrics.md and the brief', () => {
    for (const h of ['客服', '客服昵称', '旺旺昵称', '客服旺旺', '客服账号', '子账号', '客服名称', '员工', '客服名']) expect(AGENT_HEADERS).toContain(h);
    for (const h of ['序号', '排名', '#', '操作', '详情', '查看']) expect(IGNORED_HEADERS).toContain(h);
    for (const h of ['日期', '统计日期', '时间', '统计时间', 'date']) expect(DATE_HEADERS).toContain(h);
  });

  it('lists the missing markers of metrics.md', () => {
    for (const m of ['-', '--', '—', '', 'n/a', '暂无', '延迟统计', '/']) expect(MISSING_MARKERS).toContain(m);
  });
});
