import type { RowKind } from '../model/metric-types';

/** The words of console tables that are not metrics: the agent column, benchmark rows, ignored columns, missing values. */

/** Headers of the column that names the agent. */
export const AGENT_HEADERS: readonly string[] = [
  '客服', '客服昵称', '旺旺昵称', '客服旺旺', '客服账号', '子账号', '客服名称', '员工', '客服名',
  '客服姓名', '客服子账号', '客服(子账号)', '客服(旺旺)', '子账号名称', '员工姓名', '员工账号', '旺旺', '旺旺名', '昵称', '姓名', 'agent',
];

/** Row labels of benchmark rows (whole label only, after normalisation). */
export const BENCHMARK_LABELS: Readonly<Record<string, RowKind>> = {
  汇总: 'team_total', 汇总值: 'team_total', 合计: 'team_total', 总计: 'team_total', 全店汇总: 'team_total',
  团队汇总: 'team_total', 店铺汇总: 'team_total', 店铺汇总值: 'team_total', 全店合计: 'team_total', 团队合计: 'team_total', 总体: 'team_total',
  均值: 'team_average', 平均值: 'team_average', 平均: 'team_average', 全店平均值: 'team_average', 全店平均: 'team_average',
  全店均值: 'team_average', 团队均值: 'team_average', 团队平均: 'team_average', 团队平均值: 'team_average',
  店铺均值: 'team_average', 店铺平均值: 'team_average', 客服均值: 'team_average', 人均: 'team_average',
  同行同层均值: 'peer_average', 同行同层平均: 'peer_average', 同行同层平均值: 'peer_average', 同行均值: 'peer_average',
  同行平均: 'peer_average', 同行平均值: 'peer_average',
  同行同层优秀: 'peer_top', 同行同层优秀值: 'peer_top', 同行优秀: 'peer_top', 同行优秀值: 'peer_top',
};

/** Columns that are neither agent nor metric: row numbers, actions, checkboxes (an empty header too). */
export const IGNORED_HEADERS: readonly string[] = [
  '序号', '排名', '名次', '#', 'no', 'no.', '操作', '详情', '查看', '查看详情', '明细', '选择', '全选', '勾选', '趋势',
];

/** Columns holding the day of a row (trend tables, daily exports). */
export const DATE_HEADERS: readonly string[] = ['日期', '统计日期', '时间', '统计时间', 'date', '日期范围', '统计周期'];

/**
 * Cell texts that mean "no value" (compared after trimming, full-width folding and lower-casing).
 * Missing is never 0.
 */
export const MISSING_MARKERS: readonly string[] = [
  '', '-', '--', '---', '—', '——', '–', '―', '/', 'n/a', 'na', '#n/a', '#div/0!', 'null', 'nan', 'undefined',
  '暂无', '暂无数据', '延迟统计', '延时统计', '统计中', '计算中',
];
