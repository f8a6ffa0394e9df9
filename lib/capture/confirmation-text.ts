import { NO_ANSWER, STORAGE_FULL, type CaptureReply } from '../model/capture-reply';
import type { t as Translate } from '../i18n/translate';

/** The typed i18n.t, passed in: the content script and the popup each bring theirs. */
type GetMessage = typeof Translate;

export function periodText({ start, end }: { start: string; end: string }): string {
  return start === end ? start : `${start} ~ ${end}`;
}

/** A stored capture's reply (a refused one is a failure: failureText). */
type SavedReply = Extract<CaptureReply, { ok: true }>;

/**
 * "已保存 10 位客服（本表共 23 位）· 9 项指标 · 2026-11-20 ~ 2026-11-26". All from the reply: the background
 * parsed the cells (warnings) and may have filed the capture under the console shell's period.
 */
export function confirmationText(reply: SavedReply, t: GetMessage): string {
  const parts = [
    reply.snapshotAgents > reply.agents ? t('toastSavedAgentsOfTotal', reply.agents, [reply.agents, reply.snapshotAgents]) : t('toastSavedAgents', reply.agents),
    t('toastMetrics', reply.metrics),
    periodText(reply.period),
  ];
  if (reply.period.guessed) parts.push(t('toastPeriodGuessed'));
  if (reply.warnings > 0) parts.push(t('toastWarnings', reply.warnings));
  return parts.join(' · ');
}

/** Why a capture was not saved: the coded reasons in words, anything else as the browser or the background said it. */
export function failureText(error: unknown, t: GetMessage): string {
  const reason = error instanceof Error ? error.message : String(error);
  return t('toastFailed', [reason === STORAGE_FULL ? t('toastStorageFull') : reason === NO_ANSWER ? t('toastNoAnswer') : reason]);
}
