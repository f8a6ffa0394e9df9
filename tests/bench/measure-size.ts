import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CONTENT_SCRIPT } from './support/paths';

/** Bytes of the built content script as shipped and gzipped (what a store download and parse cost). */
export function measureContentScriptSize() {
  const code = readFileSync(CONTENT_SCRIPT);
  const lines = code.toString('utf8').split('\n').length;
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, lines };
}
