/**
 * Waits before each resend of a capture (ms): Chrome stops an idle service worker and starts it again on
 * the next message, so a message sent while it stops gets no answer; five tries over ≈15 s outlast a restart.
 */
export const RESEND_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000];

/**
 * Calls `attempt` until it resolves, waiting `delaysMs[i]` after failure i; rejects with the last failure
 * once the delays are spent. Kept tiny: it ships in content.js (40 KB budget).
 */
export async function resend<T>(attempt: () => Promise<T>, delaysMs: readonly number[]): Promise<T> {
  for (const delay of delaysMs) {
    try {
      return await attempt();
    } catch {
      // Not lost: tried again after the delay, and the last failure is the one reported.
      await new Promise((wake) => setTimeout(wake, delay));
    }
  }
  return attempt();
}
