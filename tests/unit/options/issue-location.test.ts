import { text } from '../../../lib/model/text';
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../tools/fake-i18n';
import { presetScheme } from '../../../lib/analysis/scheme-presets';
import { draftFromScheme } from '../../../lib/options/scheme-draft';
import { issueLocation, issuesAt } from '../../../lib/options/issue-location';

const draft = draftFromScheme(presetScheme('presale'));
draft.versions[0]!.commission.push({ uid: 'c', metric: 'sales_amount', mode: 'percent_of', rate: '' });

describe('issueLocation', () => {
  it.each([
    ['versions[0].metrics[1].best', 0, '2020-01-01 版 · 回复率 · 最佳值', 'Version 2020-01-01 · Reply rate · best'],
    ['versions[0].grades[0].name', 0, '2020-01-01 版 · 等级 金牌 · 名称', 'Version 2020-01-01 · Grade 金牌 · name'],
    ['versions[0].commission[0].rate', 0, '2020-01-01 版 · 提成 客服销售额 · 提成比例', 'Version 2020-01-01 · Commission Sales amount · rate'],
    ['versions[0].effectiveFrom', 0, '2020-01-01 版 · 生效日期', 'Version 2020-01-01 · effective from'],
    ['versions[3].metrics[0].target', 3, '第 4 版 · 第 1 个指标 · 目标值', 'Version 4 · Metric 1 · target'],
    ['name', null, '方案名称', 'Scheme name'],
    ['', null, '方案', 'Scheme'],
  ] as const)('%s', async (path, version, zh, en) => {
    const where = issueLocation(path, draft);
    expect(where.version).toBe(version);
    const { say: sayZh } = await localeOf('zh_CN');
    expect(where.parts.map(sayZh).join(' · ')).toBe(zh);
    const { say: sayEn } = await localeOf('en');
    expect(where.parts.map(sayEn).join(' · ')).toBe(en);
  });
});

describe('issuesAt', () => {
  const issues = [
    { path: 'versions[0].metrics[1].best', message: text('fieldTarget') },
    { path: 'versions[0].metrics[10].best', message: text('fieldWorst') },
    { path: 'versions[1].metrics[1].best', message: text('fieldBest') },
  ];
  it('finds a field exactly, or everything under a path', () => {
    expect(issuesAt(issues, 'versions[0].metrics[1].best').map((i) => i.message.key)).toEqual(['fieldTarget']);
    expect(issuesAt(issues, 'versions[0].metrics[1]', true).map((i) => i.message.key)).toEqual(['fieldTarget']);
    expect(issuesAt(issues, 'versions[0]', true).map((i) => i.message.key)).toEqual(['fieldTarget', 'fieldWorst']);
  });
});
