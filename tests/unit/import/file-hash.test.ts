import { describe, expect, it } from 'vitest';
import { fileHash } from '../../../lib/import/file-hash';
import { utf8 } from './make-workbook';

describe('fileHash', () => {
  it('is the SHA-256 of the bytes in hex', async () => {
    expect(await fileHash(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await fileHash(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes a view into a larger buffer by its own bytes only', async () => {
    const whole = utf8('xxabcxx');
    expect(await fileHash(whole.subarray(2, 5))).toBe(await fileHash(utf8('abc')));
  });
});
