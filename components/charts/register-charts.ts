import { Chart, LineController, LineElement, LinearScale, PointElement, TimeScale, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import 'chartjs-adapter-date-fns';

/**
 * Only what the trend charts use: a line chart on a time axis, tooltips and the annotation plugin for
 * target lines. Registering piecemeal keeps the bundle free of the controllers nobody draws.
 */
Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, annotationPlugin);

export { Chart };
