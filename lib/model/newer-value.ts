/** The capture facts that order two stored values of the same cell. */
export interface CaptureStamp {
  capturedAt: string;
  captureId: number;
}

/** True when `a` was captured after `b`; equal timestamps go to the larger (later-added) capture id. */
export function isNewer(a: CaptureStamp, b: CaptureStamp): boolean {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt > b.capturedAt;
  return a.captureId > b.captureId;
}
