import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { MetricTrend } from '@/lib/analysis';
import { formatMetricValue } from '@/lib/format';
import { t } from '@/lib/i18n/translate';
import type { Unit } from '@/lib/model';
import { durationStep, trendChartData, type TrendChartData, type XY } from '@/lib/sidepanel';
import { metricLabel, metricUnit, uiLang, type UiLang } from '@/components/standing/ui-language';
import { readChartColors, type ChartColors } from './chart-colors';
import { Chart } from './register-charts';
import './charts.css';

export interface TrendChartProps {
  trend: MetricTrend;
  /** Called after the chart has drawn new data (the first draw and every data change), with the metric id. */
  onRendered?: (metric: string) => void;
  /**
   * The data is final (not the recent weeks drawn while the year loads): only then does the container
   * say `data-rendered="true"`, so a test reading the target line's pixels never races a redraw.
   */
  complete?: boolean;
}

type LineChart = Chart<'line', XY[]>;

/**
 * One metric's daily line, the team-average line and the target as a step line (one annotation segment
 * per scheme version). Animation is off: the first draw happens inside the effect, so a test or the
 * benchmark can read `data-rendered`/`data-target-y` right after. Test hooks on the container:
 * `data-metric`, `data-target` (latest target), `data-target-y` (CSS px from the canvas top), `data-rendered`
 * (drawn with complete data).
 */
export function TrendChart({ trend, onRendered, complete = true }: TrendChartProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<LineChart | null>(null);
  const dataRef = useRef<TrendChartData | null>(null);
  const pendingRef = useRef(false);
  const onRenderedRef = useRef(onRendered);
  const completeRef = useRef(complete);
  const lang = uiLang();
  const unit = metricUnit(trend.metric);
  const data = useMemo(() => trendChartData(trend, unit === 'percent' ? { ceiling: 100 } : {}), [trend, unit]);

  // A layout effect, declared before the drawing one: the draw below must call this render's callback.
  useLayoutEffect(() => {
    onRenderedRef.current = onRendered;
    completeRef.current = complete;
    // Complete without new data (the year had nothing older): the last draw already shows it all.
    if (complete && chartRef.current && boxRef.current?.dataset.drawn) boxRef.current.dataset.rendered = 'true';
  });

  // Layout effect: the chart draws before the browser paints, so the first frame already has it.
  useLayoutEffect(() => {
    dataRef.current = data;
    pendingRef.current = true;
    const existing = chartRef.current;
    if (existing) {
      applyData(existing, data, readChartColors(), unit);
      existing.update('none');
      return;
    }
    const canvas = canvasRef.current;
    if (!canvas) return;
    const afterRender: Plugin<'line'> = {
      id: 'kefuRendered',
      afterRender(chart) {
        const box = boxRef.current;
        const latest = dataRef.current?.latestTarget ?? null;
        if (!box) return;
        if (latest !== null && chart.scales.y) box.dataset.targetY = String(Math.round(chart.scales.y.getPixelForValue(latest) * 10) / 10);
        else delete box.dataset.targetY;
        box.dataset.drawn = 'true';
        if (completeRef.current) box.dataset.rendered = 'true';
        else delete box.dataset.rendered;
        if (pendingRef.current) {
          pendingRef.current = false;
          onRenderedRef.current?.(trend.metric);
        }
      },
    };
    chartRef.current = new Chart(canvas, buildConfig(data, readChartColors(), unit, lang, afterRender));
    // The metric (and so the unit) of a mounted chart never changes: parents key charts by metric.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useEffect(() => {
    // Light/dark switch while open: re-read the CSS variables.
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => {
      const chart = chartRef.current;
      if (!chart || !dataRef.current) return;
      applyData(chart, dataRef.current, readChartColors(), unit);
      chart.update('none');
    };
    media.addEventListener('change', onChange);
    return () => {
      media.removeEventListener('change', onChange);
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, [unit]);

  const name = metricLabel(trend.metric);
  const latest = trend.points[trend.points.length - 1];
  const summary = t('chartSummary', trend.points.length, [
    name,
    trend.points.length,
    latest ? formatMetricValue(latest.value, unit, lang) : '—',
    data.latestTarget === null ? '—' : formatMetricValue(data.latestTarget, unit, lang),
  ]);
  return (
    <figure className="trend-figure">
      <div
        ref={boxRef}
        className="trend-chart"
        data-testid="trend-chart"
        data-metric={trend.metric}
        data-target={data.latestTarget ?? ''}
      >
        <canvas ref={canvasRef} role="img" aria-label={summary} />
      </div>
      <ul className="trend-legend" aria-hidden="true">
        <li className="value">
          <i />
          {t('chartLegendAgent')}
        </li>
        <li className="average">
          <i />
          {t('chartLegendTeamAverage')}
        </li>
        {data.latestTarget !== null && (
          <li className="target">
            <i />
            {t('chartLegendTarget')}
          </li>
        )}
      </ul>
    </figure>
  );
}

function targetAnnotations(data: TrendChartData, colors: ChartColors): Record<string, AnnotationOptions<'line'>> {
  const out: Record<string, AnnotationOptions<'line'>> = {};
  data.targets.forEach((segment, i) => {
    out[`target${i}`] = {
      type: 'line',
      xMin: segment.xMin,
      xMax: segment.xMax,
      yMin: segment.y,
      yMax: segment.y,
      borderColor: colors.target,
      // 3 px: whatever the sub-pixel position, the row at data-target-y is fully covered (tests sample it).
      borderWidth: 3,
      drawTime: 'afterDatasetsDraw',
    };
  });
  return out;
}

/** Durations step by clock-friendly amounts (30 min, 1 h …); other units take chart.js's nice numbers. */
function yStep(data: TrendChartData, unit: Unit): number | undefined {
  return unit === 'duration' ? durationStep(data.yMin, data.yMax) : undefined;
}

function applyData(chart: LineChart, data: TrendChartData, colors: ChartColors, unit: Unit): void {
  const [values, average] = chart.data.datasets;
  if (values) {
    values.data = data.values;
    values.borderColor = colors.value;
    values.backgroundColor = colors.value;
    values.pointRadius = pointRadius(data.values.length);
  }
  if (average) {
    average.data = data.average;
    average.borderColor = colors.average;
    average.backgroundColor = colors.average;
  }
  const scales = chart.options.scales;
  if (scales?.x) {
    scales.x.min = data.xMin;
    scales.x.max = data.xMax;
    scales.x.grid = { color: colors.grid };
    if (scales.x.ticks) scales.x.ticks.color = colors.text;
  }
  if (scales?.y) {
    scales.y.suggestedMin = data.yMin;
    scales.y.suggestedMax = data.yMax;
    scales.y.grid = { color: colors.grid };
    if (scales.y.ticks) {
      scales.y.ticks.color = colors.text;
      // The y scale is linear (buildConfig); the options type is the union of every scale's.
      (scales.y.ticks as { stepSize?: number }).stepSize = yStep(data, unit);
    }
  }
  const annotation = chart.options.plugins?.annotation;
  if (annotation) annotation.annotations = targetAnnotations(data, colors);
}

/** Points are visible for short histories; a year of days reads better as a line (hover shows points). */
function pointRadius(count: number): number {
  return count > 60 ? 0 : count > 20 ? 1.5 : 2.5;
}

function buildConfig(data: TrendChartData, colors: ChartColors, unit: Unit, lang: UiLang, afterRender: Plugin<'line'>): ChartConfiguration<'line', XY[]> {
  const format = (value: number) => formatMetricValue(value, unit, lang);
  return {
    type: 'line',
    data: {
      datasets: [
        {
          label: t('chartLegendAgent'),
          data: data.values,
          borderColor: colors.value,
          backgroundColor: colors.value,
          borderWidth: 2,
          pointRadius: pointRadius(data.values.length),
          pointHoverRadius: 4,
          spanGaps: false,
          order: 1,
        },
        {
          label: t('chartLegendTeamAverage'),
          data: data.average,
          borderColor: colors.average,
          backgroundColor: colors.average,
          borderWidth: 1.5,
          borderDash: [5, 4],
          pointRadius: 0,
          pointHoverRadius: 3,
          order: 2,
        },
      ],
    },
    options: {
      animation: false,
      parsing: false,
      normalized: true,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'time',
          min: data.xMin,
          max: data.xMax,
          adapters: lang === 'zh' ? { date: { locale: zhCN } } : {},
          time: {
            tooltipFormat: lang === 'zh' ? 'yyyy年M月d日' : 'PP',
            displayFormats: lang === 'zh' ? { day: 'M月d日', week: 'M月d日', month: 'M月', quarter: 'yyyy年M月', year: 'yyyy年' } : { day: 'MMM d', week: 'MMM d', month: 'MMM' },
          },
          grid: { color: colors.grid },
          ticks: { color: colors.text, maxRotation: 0, autoSkipPadding: 16 },
        },
        y: {
          type: 'linear',
          suggestedMin: data.yMin,
          suggestedMax: data.yMax,
          grid: { color: colors.grid },
          ticks: { color: colors.text, maxTicksLimit: 7, stepSize: yStep(data, unit), callback: (value) => format(Number(value)) },
        },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${format(item.parsed.y ?? 0)}` } },
        annotation: { annotations: targetAnnotations(data, colors) },
      },
    },
    plugins: [afterRender],
  };
}
