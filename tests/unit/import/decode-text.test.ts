import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/import/decode-text';

const TEXT = '客服昵称,咨询人数,询单转化率\r\n旗舰店:小美,132,45.67%\r\n';

describe('decodeText', () => {
  it('reads UTF-8 without and with a BOM (the BOM dropped)', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeText(bytes)).toBe(TEXT);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(TEXT);
  });

  it('reads GBK and GB18030, the encodings Chinese Excel writes, without mojibake', () => {
    expect(decodeText(new Uint8Array(iconv.encode(TEXT, 'gbk')))).toBe(TEXT);
    const rare = '客服𠀀昵称,€'; // outside GBK: only GB18030 holds it
    expect(decodeText(new Uint8Array(iconv.encode(rare, 'gb18030')))).toBe(rare);
  });

  it('reads UTF-16 with a BOM (Excel "Unicode text")', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf16le')]))).toBe(TEXT);
  });
});
