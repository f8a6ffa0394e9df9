import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_RULES, type MonthRule } from '../../../lib/analysis/month-rules';
import { METRICS, metricById } from '../../../lib/model/metric-catalog';
import { METRICS_DOC_PATH } from '../metrics/metrics-doc';

/**
 * docs/metrics.md "Month values" is the contract and lib/analysis/month-rules.ts its data: every catalog
 * metric has a rule, and the code's table equals the document's, row by row.
 */

const RULE_WORDS: Readonly<Record<string, MonthRule['kind']>> = { sum: 'sum', max: 'max', 'daily mean': 'dailyMean', average: 'average', mean: 'mean' };

/** A rule as the document writes it, to compare with the document. */
interface DocRule {
  id: string;
  rule: MonthRule['kind'];
  ratio: string | null;
  volumes: string[];
  proxy: boolean;
}

function parseMonthRules(doc: string): DocRule[] {
  const section = doc.split(/^## /m).find((p) => p.startsWith('Month values\n'));
  if (!section) throw new Error('docs/metrics.md: no section "## Month values"');
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      const id = /^`([a-z0-9_]+)`$/.exec(cells[0] ?? '')?.[1];
      if (cells.length !== 5 || !id) throw new Error(`docs/metrics.md: not a month-rule row: ${line}`);
      const rule = RULE_WORDS[cells[1]!];
      if (!rule) throw new Error(`docs/metrics.md: ${id}: unknown month rule ${JSON.stringify(cells[1])}`);
      const ratio = cells[2]!.replace(/`/g, '') || null;
      const volumes = [...cells[3]!.replace(/\*[^*]*\*/g, '').matchAll(/`([a-z0-9_]+)`/g)].map((m) => m[1]!);
      return { id, rule, ratio, volumes, proxy: /stand-in/.test(cells[3]!) };
    });
}

/** The code's rule written as the document writes it. */
function asDocRule(id: string, rule: MonthRule): DocRule {
  if (rule.kind !== 'average') return { id, rule: rule.kind, ratio: null, volumes: [], proxy: false };
  const r = rule.ratio;
  return {
    id,
    rule: 'average',
    ratio: r ? `${r.numerator} / ${r.denominator}${r.scale === 100 ? ' × 100' : ''}` : null,
    volumes: [...rule.volumes],
    proxy: rule.volumeIsProxy === true,
  };
}

const docRules = parseMonthRules(readFileSync(METRICS_DOC_PATH, 'utf8'));

describe('month rules: docs/metrics.md and month-rules.ts', () => {
  it('reads the whole document table (a parser that reads nothing would pass the rest)', () => {
    expect(docRules.length).toBe(METRICS.length);
    expect(docRules.find((r) => r.id === 'inquiry_conversion_rate')).toEqual({
      id: 'inquiry_conversion_rate',
      rule: 'average',
      ratio: 'paid_count / inquiry_count × 100',
      volumes: ['inquiry_count'],
      proxy: false,
    });
  });

  it('every catalog metric has exactly one rule, in code and in the document', () => {
    const catalog = METRICS.map((m) => m.id).sort();
    expect(Object.keys(MONTH_RULES).sort()).toEqual(catalog);
    expect(docRules.map((r) => r.id).sort()).toEqual(catalog);
  });

  it('the code table equals the document table', () => {
    const code = Object.entries(MONTH_RULES).map(([id, rule]) => asDocRule(id, rule));
    const byId = (a: DocRule, b: DocRule) => (a.id < b.id ? -1 : 1);
    expect(code.sort(byId)).toEqual([...docRules].sort(byId));
  });

  it('throws on a rule word it does not know', () => {
    expect(() => parseMonthRules('## Month values\n| `x` | median | | | |\n')).toThrow(/unknown month rule/);
  });
});

describe('month rules make sense for the catalog', () => {
  const rules = Object.entries(MONTH_RULES);

  it('counts and amounts sum, except a peak', () => {
    const notSummed = rules.filter(([id, r]) => ['count', 'yuan'].includes(metricById(id)!.unit) && r.kind !== 'sum').map(([id]) => id);
    // 客单价 and its kind are amounts per buyer, not amounts; 最大同时聊天数 is a peak.
    expect(notSummed.sort()).toEqual(['avg_item_price', 'avg_order_value', 'fulfilled_avg_order_value', 'max_concurrent_chats']);
  });

  it('percent and second metrics never sum', () => {
    const summed = rules.filter(([id, r]) => ['percent', 'seconds', 'duration'].includes(metricById(id)!.unit) && r.kind === 'sum');
    expect(summed).toEqual([]);
  });

  it('every ratio and volume names a summed count or amount of the catalog', () => {
    for (const [id, r] of rules) {
      if (r.kind !== 'average') continue;
      const parts = [...r.volumes, ...(r.ratio ? [r.ratio.numerator, r.ratio.denominator] : [])];
      for (const part of parts) expect(MONTH_RULES[part]?.kind, `${id} uses ${part}`).toBe('sum');
      expect(r.volumes.length, id).toBeGreaterThan(0);
    }
  });

  it('rates in percent scale their ratio by 100, amounts per unit by 1', () => {
    for (const [id, r] of rules) {
      if (r.kind !== 'average' || !r.ratio) continue;
      expect(r.ratio.scale, id).toBe(metricById(id)!.unit === 'percent' ? 100 : 1);
    }
  });
});
