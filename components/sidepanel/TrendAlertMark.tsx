import type { TrendAlert } from '@/lib/analysis';
import { metricLabel, type UiLang } from '@/components/standing/ui-language';
import { alertText } from './alert-text';

/**
 * The alerts of one metric (a slide and a sharp drop can come together): icon and metric name, the
 * sentences as title and accessible text. Test hook (README): `data-testid` (trend-alert in the team
 * table), `data-agent` (agent key), `data-metric`; `data-kind` lists the kinds.
 */
export function TrendAlertMark({ alerts, agent, lang, testId = 'trend-alert' }: { alerts: readonly TrendAlert[]; agent: string; lang: UiLang; testId?: string }) {
  const first = alerts[0];
  if (!first) return null;
  const text = alerts.map((a) => alertText(a, lang)).join('；');
  const sharp = alerts.some((a) => a.kind === 'sharp_drop');
  return (
    <span
      className={`trend-alert${sharp ? ' sharp_drop' : ''}`}
      data-testid={testId}
      data-agent={agent}
      data-metric={first.metric}
      data-kind={alerts.map((a) => a.kind).join(' ')}
      title={text}
    >
      <span aria-hidden="true" className="trend-alert-icon">
        {sharp ? '⚠' : '↘'}
      </span>
      <span aria-hidden="true">{metricLabel(first.metric)}</span>
      <span className="visually-hidden">{text}</span>
    </span>
  );
}
