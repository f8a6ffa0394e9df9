import { countText, metricById, text, type Text, type Unit } from '../model';
import { metricNameKey } from '../i18n/metric-name-key';
import { agentStanding } from './agent-standing';
import { gradeOf } from './grade-of';
import type { Grade, SchemeMetric, SchemeVersion } from './kpi-scheme';
import type { TargetGap } from './types';

/** One concrete change of one metric, others unchanged. */
export interface GradeStep {
  metric: string;
  /** The value now. */
  from: number;
  /** How much to change it, in the metric's unit, rounded up to what the views show (see STEP_PRECISION). */
  amount: number;
  /** 1: the value must rise; −1: it must fall (response times, return rate). */
  sign: 1 | -1;
  /** from + sign × amount: doing exactly this reaches the grade (checked with agentStanding). */
  to: number;
  /** The exact change needed as a share of the way from the value to the metric's best: the ranking key, smallest first. */
  share: number;
}

export type NextGrade =
  | { kind: 'one_metric'; grade: string; steps: [GradeStep]; message: Text }
  | { kind: 'two_metrics'; grade: string; steps: [GradeStep, GradeStep]; message: Text }
  | { kind: 'out_of_reach'; grade: string; message: Text }
  | { kind: 'top'; grade: string; message: Text }
  | { kind: 'no_score' | 'no_grades'; message: Text };

/**
 * Display precision of a step per unit: percent and seconds to 0.1 (as lib/format shows them), online
 * time to whole minutes, money to whole yuan and counts to whole units (a coarser step rounded up still
 * reaches the grade and reads better: nobody answers 0.4 of a customer), ratios to 0.01.
 */
const STEP_PRECISION: Record<Unit, { step: number; decimals: number }> = {
  percent: { step: 0.1, decimals: 1 },
  seconds: { step: 0.1, decimals: 1 },
  duration: { step: 60, decimals: 0 },
  yuan: { step: 1, decimals: 0 },
  count: { step: 1, decimals: 0 },
  ratio: { step: 0.01, decimals: 2 },
};

const NO_METRICS: ReadonlySet<string> = new Set();

/** Matches gradeOf's tolerance: a weighted mean of exactly the grade's minScore counts as reaching it. */
const EPSILON = 1e-9;

const unitOf = (metric: string): Unit => metricById(metric)?.unit ?? 'ratio';

/** `x` rounded up to a multiple of the unit's step (at least one step), without float tails (0.8, not 0.8000000001). */
function roundUp(x: number, unit: Unit, extraSteps = 0): number {
  const { step, decimals } = STEP_PRECISION[unit];
  const steps = Math.max(1, Math.ceil(x / step - EPSILON)) + extraSteps;
  return Number((steps * step).toFixed(decimals));
}

/** The metric's name as a code (its catalog name key), or the id itself outside the catalog. */
function metricName(metric: string): Text | string {
  const key = metricNameKey(metric);
  return key === null ? metric : text(key);
}

function verbOf(unit: Unit, sign: 1 | -1): Text {
  if (unit === 'seconds' || unit === 'duration') return text(sign > 0 ? 'stepLengthen' : 'stepShorten');
  if (unit === 'count' || unit === 'yuan') return text(sign > 0 ? 'stepIncrease' : 'stepReduce');
  return text(sign > 0 ? 'stepRaise' : 'stepLower');
}

/** The amount in words per unit: 0.8 个百分点, 3.5 秒, 1 小时 30 分钟, 1200 元, 2 人, 3 个. */
function amountText(metric: string, amount: number, perDay: ReadonlySet<string>): Text {
  const words = unitAmountText(metric, amount);
  return perDay.has(metric) ? text('stepPerDay', words) : words;
}

function unitAmountText(metric: string, amount: number): Text {
  switch (unitOf(metric)) {
    case 'percent':
      return countText('stepPercentPoints', amount);
    case 'seconds':
      return countText('stepSeconds', amount);
    case 'duration': {
      const minutes = Math.round(amount / 60);
      if (minutes < 60) return countText('stepMinutes', minutes);
      const hours = Math.floor(minutes / 60);
      return minutes % 60 === 0 ? text('stepHours', hours) : text('stepHoursMinutes', hours, minutes % 60);
    }
    case 'yuan':
      return text('stepYuan', amount);
    case 'count':
      // 未回复人数, 慢响应人数 count people; 改评数, 中差评数, 销售量 count things.
      return countText(metricById(metric)?.names[0]?.endsWith('人数') ? 'stepPeople' : 'stepItems', amount);
    case 'ratio':
      return text('stepPlain', amount);
  }
}

interface Candidate {
  m: SchemeMetric;
  value: number;
  score: number;
  /** Effective weight, as agentStanding renormalises: the scheme's, or 1 each when all are 0 (plain mean). */
  weight: number;
}

/** The value of `m` that scores `score` (0–100): the inverse of metricScore on its linear part. */
const valueScoring = (m: SchemeMetric, score: number) => m.worst + (score / 100) * (m.best - m.worst);

/** The exact change of a candidate to reach `score`, before rounding. */
function exactStep(c: Candidate, score: number): { exact: number; sign: 1 | -1; share: number } {
  const sign = c.m.best > c.m.worst ? 1 : -1;
  const exact = Math.abs(valueScoring(c.m, score) - c.value);
  // Candidates score below 100, so the value is short of best and the way left is never 0.
  return { exact, sign, share: exact / Math.abs(c.m.best - c.value) };
}

function step(c: Candidate, exact: number, sign: 1 | -1, share: number, extraSteps = 0): GradeStep {
  const unit = unitOf(c.m.metric);
  const amount = roundUp(exact, unit, extraSteps);
  return { metric: c.m.metric, from: c.value, amount, sign, to: c.value + sign * amount, share };
}

/** The next grade above the current one (lowest minScore above the current grade's), or null at the top. */
function nextGradeAbove(current: string | null, grades: readonly Grade[]): Grade | null {
  const floor = current === null ? -Infinity : Math.max(...grades.filter((g) => g.name === current).map((g) => g.minScore));
  let next: Grade | null = null;
  for (const g of grades) if (g.minScore > floor && (next === null || g.minScore < next.minScore)) next = g;
  return next;
}

/**
 * What it takes to reach the next grade, in concrete terms: the smallest single change of one scored
 * metric (others unchanged), measured as a share of the way still left to that metric's best value.
 * Not as a share of |best − worst|: scores are linear, so every score point costs 1 % of a span and that
 * measure always picks the heaviest metric that can gain enough, wherever the agent stands; it would ask
 * an agent at 99.5 % replies for 99.7 % (40 % of what is left) before 1.3 s off a 40 s response (4 %).
 * Share of the way left picks the most weighted points still to gain (weight × (100 − score)), the same
 * idea as the weakest metric. Ties (within float error) go to the scheme's order. When no single metric
 * can do it, the cheapest pair: one to its best, the other by what remains. Metrics without a value are
 * left out: they are not in the score (weights renormalise over valued metrics) and "have a value" is no
 * step. Each step is rounded up to its display precision and checked with agentStanding, so doing
 * exactly what the message says reaches the grade.
 */
export function nextGrade(
  values: ReadonlyMap<string, number | null>,
  version: SchemeVersion,
  /** Metrics whose values are daily means (a month's counts, month-review.ts): the step reads "a day". */
  perDay: ReadonlySet<string> = NO_METRICS,
): NextGrade {
  if (version.grades.length === 0) return { kind: 'no_grades', message: text('nextGradeNoGrades') };
  const standing = agentStanding(values, version);
  if (standing.score === null) return { kind: 'no_score', message: text('nextGradeNoScore') };
  const target = nextGradeAbove(standing.grade, version.grades);
  if (target === null) return { kind: 'top', grade: standing.grade!, message: text('nextGradeTop', standing.grade!) };

  const valued = standing.gaps.filter((g): g is TargetGap & { value: number; score: number } => g.score !== null && g.value !== null);
  const weights = valued.reduce((sum, g) => sum + g.weight, 0);
  const metricOf = new Map(version.metrics.map((m) => [m.metric, m]));
  const candidates: Candidate[] = [];
  for (const g of valued) {
    const weight = weights > 0 ? g.weight : 1;
    if (weight > 0 && g.score < 100) candidates.push({ m: metricOf.get(g.metric)!, value: g.value, score: g.score, weight });
  }
  // Weighted score points missing: raising metric i's score by Δ adds weight_i × Δ of them.
  const missing = (target.minScore - standing.score) * (weights > 0 ? weights : valued.length);

  const reaches = (changes: readonly GradeStep[]): boolean => {
    const changed = new Map(values);
    for (const s of changes) changed.set(s.metric, s.to);
    const grade = gradeOf(agentStanding(changed, version).score, version.grades);
    return grade !== null && version.grades.some((g) => g.name === grade && g.minScore >= target.minScore);
  };
  /** The rounded step, one display step more while float error keeps it short (at most twice). */
  const checked = (c: Candidate, score: number, fixed: readonly GradeStep[] = []): GradeStep | null => {
    const { exact, sign, share } = exactStep(c, score);
    for (let extra = 0; extra < 3; extra++) {
      const s = step(c, exact, sign, share, extra);
      if (reaches([...fixed, s])) return s;
    }
    return null;
  };

  let best: { c: Candidate; score: number; share: number } | null = null;
  for (const c of candidates) {
    const score = c.score + missing / c.weight;
    if (score > 100 + EPSILON) continue;
    const { share } = exactStep(c, Math.min(score, 100));
    if (best === null || share < best.share - EPSILON) best = { c, score: Math.min(score, 100), share };
  }
  if (best !== null) {
    const s = checked(best.c, best.score);
    if (s !== null) {
      const message = text('nextGradeBy', metricName(s.metric), verbOf(unitOf(s.metric), s.sign), amountText(s.metric, s.amount, perDay), target.name);
      return { kind: 'one_metric', grade: target.name, steps: [s], message };
    }
  }

  // No single metric: one to its best (all of its way left: share 1), the other by what is still missing;
  // the cheapest such pair, over both orders of every two metrics.
  let pair: { full: Candidate; fill: Candidate; score: number; share: number } | null = null;
  for (const full of candidates) {
    const rest = missing - full.weight * (100 - full.score);
    for (const fill of candidates) {
      if (fill === full) continue;
      const score = fill.score + rest / fill.weight;
      if (score > 100 + EPSILON) continue;
      const share = exactStep(full, 100).share + exactStep(fill, Math.min(score, 100)).share;
      if (pair === null || share < pair.share - EPSILON) pair = { full, fill, score: Math.min(score, 100), share };
    }
  }
  if (pair !== null) {
    const toBest = exactStep(pair.full, 100);
    const first = step(pair.full, toBest.exact, toBest.sign, toBest.share);
    const second = checked(pair.fill, pair.score, [first]);
    if (second !== null) {
      const message = text(
        'nextGradeByTwo',
        metricName(first.metric),
        verbOf(unitOf(first.metric), first.sign),
        amountText(first.metric, first.amount, perDay),
        metricName(second.metric),
        verbOf(unitOf(second.metric), second.sign),
        amountText(second.metric, second.amount, perDay),
        target.name,
      );
      return { kind: 'two_metrics', grade: target.name, steps: [first, second], message };
    }
  }
  return { kind: 'out_of_reach', grade: target.name, message: text('nextGradeOutOfReach', target.name) };
}
