/**
 * A text file's bytes as a string, without mojibake: UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, UTF-16 when a BOM says so (Excel's "Unicode text"), else GB18030 — the superset of GBK that
 * Chinese Excel and the consoles write. Valid UTF-8 is almost never valid-looking GBK by accident, and
 * the fatal decoder rejects GBK bytes at the first lead byte, so trying UTF-8 first is safe.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Not UTF-8: Chinese exports are otherwise GB18030/GBK; the header check downstream reports gibberish.
    return new TextDecoder('gb18030').decode(body);
  }
}
