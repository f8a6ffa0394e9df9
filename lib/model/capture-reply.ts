/** The background's answer to a capture message. */
export type CaptureReply =
  | {
      ok: true;
      captureId: number;
      /** Agents and benchmark rows in this capture. */
      agents: number;
      benchmarks: number;
      metrics: number;
      /** Agents of this table and period stored so far (pages merge into one snapshot). */
      snapshotAgents: number;
    }
  | { ok: false; error: string };
