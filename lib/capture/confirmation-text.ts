import type { Capture } from './types';
import type { CaptureReply } from '../messages/capture-reply';

type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function periodText(capture: Capture): string {
  const { start, end } = capture.period;
  return start === end ? start : `${start} ~ ${end}`;
}

/** "已保存 10 位客服（本表共 23 位）· 9 项指标 · 2026-11-20 ~ 2026-11-26" */
export function confirmationText(capture: Capture, reply: CaptureReply, t: GetMessage): string {
  if (!reply.ok) return failureText(reply.error, t);
  const agents = String(reply.agents);
  const parts = [
    reply.snapshotAgents > reply.agents ? t('toastSavedAgentsOfTotal', [agents, String(reply.snapshotAgents)]) : t('toastSavedAgents', [agents]),
    t('toastMetrics', [String(reply.metrics)]),
    periodText(capture),
  ];
  if (capture.period.guessed) parts.push(t('toastPeriodGuessed'));
  if (capture.warnings.length > 0) parts.push(t('toastWarnings', [String(capture.warnings.length)]));
  return parts.join(' · ');
}

export function failureText(error: unknown, t: GetMessage): string {
  return t('toastFailed', [error instanceof Error ? error.message : String(error)]);
}
