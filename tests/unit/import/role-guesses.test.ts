import { describe, expect, it } from 'vitest';
import { buildAgentDirectory } from '../../../lib/analysis/agent-directory';
import { applyReportImport } from '../../../lib/import/apply-report-import';
import { readReportFiles } from '../../../lib/import/read-report-files';
import { writeRoleGuesses } from '../../../lib/import/role-guesses';
import { freshDatabasesPerTest } from '../db/make-capture';
import { workbookBytes } from './make-workbook';

const TODAY = '2026-11-27';
const freshDb = freshDatabasesPerTest();

describe('writeRoleGuesses', () => {
  it('sets the guess on new and unset profiles, moves it with a later file, and never touches a role set by hand', async () => {
    const db = freshDb();
    await db.agents.bulkPut([
      { key: '店:小美', role: 'presale', aliases: [], isMe: true }, // set by hand
      { key: '店:阿杰', displayName: '阿杰', aliases: ['店:阿杰2'], isMe: false }, // set up, no role
    ]);
    const n = await writeRoleGuesses(
      db,
      new Map([
        ['店:小美', 'aftersale'],
        ['店:阿杰2', 'aftersale'], // an alias: the guess goes to its profile
        ['店:小王', 'presale'],
      ] as const),
    );
    expect(n).toBe(2);
    expect(await db.agents.orderBy('key').toArray()).toEqual([
      { key: '店:小王', aliases: [], isMe: false, roleHint: 'presale' },
      { key: '店:小美', role: 'presale', aliases: [], isMe: true },
      { key: '店:阿杰', displayName: '阿杰', aliases: ['店:阿杰2'], isMe: false, roleHint: 'aftersale' },
    ]);
    // The same guess again changes nothing; a later file stating another role moves the guess.
    expect(await writeRoleGuesses(db, new Map([['店:小王', 'presale']] as const))).toBe(0);
    expect(await writeRoleGuesses(db, new Map([['店:小王', 'aftersale']] as const))).toBe(1);
    expect((await db.agents.get('店:小王'))?.roleHint).toBe('aftersale');

    // The directory shows the file's role as a guess, below the hand-set one.
    const directory = buildAgentDirectory(['店:小美', '店:阿杰', '店:小王'], await db.agents.toArray(), new Map([['店:小王', ['reply_rate']]]));
    expect(directory.agentOf('店:小美')).toMatchObject({ role: 'presale', roleGuessed: false });
    expect(directory.agentOf('店:阿杰')).toMatchObject({ role: 'aftersale', roleGuessed: true });
    expect(directory.agentOf('店:小王')).toMatchObject({ role: 'aftersale', roleGuessed: true });
  });
});

describe('a 旺旺类型 column through preview and apply', () => {
  it('shows each agent role in the preview and stores it as the guess in the import transaction', async () => {
    const bytes = workbookBytes({
      汇总分析: [
        ['旺旺昵称', '咨询人数', '销售额', '旺旺类型'],
        ['店:小美', 132, '￥1,234.56', '售前'],
        ['店:阿杰', 88, '￥0.00', ' 售后 '],
        ['店:小王', 40, '延时统计', '客服主管'], // no role this import knows: no guess
        ['延时统计', '延时统计', '延时统计', '售前'], // a name cell still being computed: no agent
        ['汇总值', 260, '￥1,234.56', ''],
      ],
    });
    const preview = await readReportFiles([{ name: '客服绩效-业绩分析-汇总分析_20260601_20260601_全部.xlsx', bytes }], { today: TODAY });
    const [sheet] = preview.files[0]!.sheets;
    expect(sheet).toMatchObject({
      roleColumn: '旺旺类型',
      roles: [
        { label: '店:小美', role: 'presale' },
        { label: '店:阿杰', role: 'aftersale' },
      ],
      agents: ['店:小美', '店:阿杰', '店:小王'],
      benchmarks: [{ label: '汇总值', kind: 'team_total' }],
      leftOut: [],
    });
    expect(sheet!.rows.map((r) => [r.label, ...r.values])).toEqual([
      ['店:小美', 132, 1234.56],
      ['店:阿杰', 88, 0],
      ['店:小王', 40, null],
      ['汇总值', 260, 1234.56],
    ]);
    const db = freshDb();
    await db.agents.put({ key: '店:阿杰', role: 'presale', aliases: [], isMe: false });
    const result = await applyReportImport(db, preview, { periods: {} }, new Date('2026-11-27T08:00:00Z'));
    expect(result).toMatchObject({ ok: true, files: 1, values: 8, roleGuesses: 1 });
    expect(await db.agents.orderBy('key').toArray()).toEqual([
      { key: '店:小美', aliases: [], isMe: false, roleHint: 'presale' },
      { key: '店:阿杰', role: 'presale', aliases: [], isMe: false },
    ]);
  });
});
