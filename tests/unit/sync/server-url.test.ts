import { describe, expect, test } from 'vitest';
import { parseServerUrl } from '@/lib/sync/server-url';

describe('parseServerUrl', () => {
  test.each([
    ['https://couch.example.com:6984', 'https://couch.example.com:6984'],
    ['  https://couch.example.com:6984/  ', 'https://couch.example.com:6984'],
    ['http://localhost:5984', 'http://localhost:5984'],
    ['HTTPS://Couch.Example.COM', 'https://couch.example.com'],
    ['https://couch.example.com:443', 'https://couch.example.com'],
  ])('%s is the origin %s, and its permission pattern is that origin alone', (input, url) => {
    expect(parseServerUrl(input)).toEqual({ ok: true, url, pattern: `${url}/*` });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['couch.example.com:6984', 'scheme'],
    ['ftp://couch.example.com', 'scheme'],
    ['https://admin:secret@couch.example.com', 'credentials'],
    ['https://admin@couch.example.com', 'credentials'],
    ['https://couch.example.com/kefu', 'path'],
    ['https://couch.example.com/?a=1', 'path'],
    ['https://couch.example.com#x', 'path'],
    ['https://couch.example.com?', 'path'],
    ['https://', 'invalid'],
    ['服务器 地址', 'invalid'],
  ])('%j is refused: %s', (input, reason) => {
    expect(parseServerUrl(input)).toEqual({ ok: false, reason });
  });
});
