import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { importRouteOf, splitImportBatch } from '../../../lib/options/import-route';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importRouteOf', () => {
  it.each([
    ['kefu-benchmark-backup-20261127.json', utf8('{"format":"kefu-benchmark-backup"}'), 'own-format'],
    ['kefu-benchmark-20261127.csv', utf8('\uFEFFperiod_start,period_end,agent,metric,value\r\n2026-11-20,2026-11-20,店:小美,reply_rate,98\r\n'), 'own-format'],
    ['quoted.csv', utf8('"period_start","period_end","agent","metric","value"\n'), 'own-format'],
    ['no-columns.csv', utf8('period_start,agent\n2026-11-20,小美\n'), 'own-format'],
    ['picture.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'own-format'],
    ['客服绩效_20261120_20261126.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]), 'report'],
    ['旧版报表.XLS', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'report'],
    ['赤兔导出.csv', utf8('\uFEFF客服昵称,接待人数,回复率\n旗舰店:小美,120,98.5%\n'), 'report'],
    ['拼多多客服数据_2026-11-25.csv', new Uint8Array(iconv.encode('客服账号,咨询人数,销售额(分)\n小美,35,1234500\n', 'gbk')), 'report'],
    // period_start only in a later line or inside another header is not the export's format.
    ['notes.csv', utf8('客服,说明\n小美,period_start 在第二行\n'), 'report'],
    ['prefixed.csv', utf8('my_period_start,agent\n'), 'report'],
  ] as const)('%s → %s', (name, bytes, route) => {
    expect(importRouteOf(name, bytes)).toBe(route);
  });
});

describe('splitImportBatch', () => {
  it('keeps the picked order inside each group', () => {
    const files = [
      { name: 'a.xlsx', bytes: new Uint8Array([0x50, 0x4b]) },
      { name: 'backup.json', bytes: utf8('{}') },
      { name: 'b.csv', bytes: utf8('客服,接待人数\n') },
      { name: 'export.csv', bytes: utf8('period_start,period_end,agent,metric,value\n') },
    ];
    const { ownFormat, reports } = splitImportBatch(files);
    expect(ownFormat.map((f) => f.name)).toEqual(['backup.json', 'export.csv']);
    expect(reports.map((f) => f.name)).toEqual(['a.xlsx', 'b.csv']);
  });
});
