/** Tick steps that read well as times of day on a duration axis: minutes, quarter and half hours, hours. */
const STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400];

/**
 * The y-axis step of a duration chart (seconds): the smallest clock-friendly step giving at most
 * `maxTicks` intervals, so online time reads 8 小时, 9 小时 … instead of 8小时53分, 9小时27分.
 */
export function durationStep(min: number, max: number, maxTicks = 5): number {
  const span = Math.abs(max - min);
  for (const step of STEPS) if (span / step <= maxTicks) return step;
  return Math.ceil(span / maxTicks / 86_400) * 86_400;
}
