/** Chart colours come from CSS variables (charts.css), so light and dark themes need no code. */
export interface ChartColors {
  value: string;
  average: string;
  target: string;
  grid: string;
  text: string;
}

export function readChartColors(element: Element = document.documentElement): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    value: read('--chart-value', '#1f6feb'),
    average: read('--chart-average', '#8a8f98'),
    target: read('--chart-target', '#d83931'),
    grid: read('--chart-grid', 'rgba(128,128,128,.18)'),
    text: read('--muted', '#646a73'),
  };
}
