import { useEffect, useState } from 'react';
import type { TrendChartProps } from './TrendChart';
import './charts.css';

/**
 * chart.js (with its annotation plugin and date adapter) is the largest code of the side panel: it is a
 * chunk of its own, started at boot (loadTrendChart) so it downloads and compiles while the first reads
 * run, instead of being evaluated before the app can start them. The styles stay with the page.
 */
type TrendChartModule = typeof import('./TrendChart');

let loaded: TrendChartModule | null = null;
let loading: Promise<TrendChartModule> | null = null;

export function loadTrendChart(): Promise<TrendChartModule> {
  loading ??= import('./TrendChart').then((m) => (loaded = m));
  return loading;
}

/**
 * TrendChart once its code is in, a box of the chart's height until then. Not React.lazy: a Suspense
 * boundary that has shown its fallback may hold the reveal back, and the first chart is what we time.
 */
export function DeferredTrendChart(props: TrendChartProps) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    let live = true;
    void loadTrendChart().then((m) => live && setModule(m));
    return () => {
      live = false;
    };
  }, [module]);
  if (!module) return <div className="trend-chart-placeholder" data-testid="trend-chart-loading" />;
  return <module.TrendChart {...props} />;
}
