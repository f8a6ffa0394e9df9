/** The background's answer to the popup's "capture now": the script ran in the tab's frames, or why not. */
export type CaptureNowReply = { ok: true } | { ok: false; error: string };
