/** SHA-256 of a file's bytes as lower-case hex: the identity that makes re-importing a file a no-op. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  // subtle.digest wants an ArrayBuffer-backed view; a copy only when the bytes sit in another buffer kind.
  const view = bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  let hex = '';
  for (let i = 0; i < digest.length; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}
