import { describe, expect, it } from 'vitest';
import { hasOwnHints, metricHints as metricHintKeys } from '../../../lib/hints/metric-hints';
import { chromeMessages } from '../../tools/locale-files';
import { METRICS } from '../../../lib/model/metric-catalog';

const scored = METRICS.filter((m) => m.kind === 'basic' || m.kind === 'incentive');
const CJK = /[\u4e00-\u9fff]/;

// The advice is locale keys; these tests read them in both languages.
const [zh, en] = await Promise.all([chromeMessages('zh_CN'), chromeMessages('en')]);
const metricHints = (metric: string) => {
  const keys = metricHintKeys(metric);
  return { zh: keys.map((k) => zh[k]!.message), en: keys.map((k) => en[k]!.message) };
};

describe('metricHints', () => {
  it('covers every basic and incentive metric of the catalog', () => {
    expect(scored.length).toBeGreaterThanOrEqual(25);
    expect(scored.filter((m) => !hasOwnHints(m.id)).map((m) => m.id)).toEqual([]);
  });

  it.each(scored.map((m) => m.id))('%s: 2–4 items, the same number in zh and en, none empty', (id) => {
    const h = metricHints(id);
    expect(h.zh.length).toBeGreaterThanOrEqual(2);
    expect(h.zh.length).toBeLessThanOrEqual(4);
    expect(h.en).toHaveLength(h.zh.length);
    for (const text of [...h.zh, ...h.en]) expect(text.trim().length).toBeGreaterThan(5);
    // zh items are Chinese; en items are English sentences (a quoted Chinese word is allowed).
    for (const text of h.zh) expect(text).toMatch(CJK);
    for (const text of h.en) expect(text).toMatch(/^[A-Z]/);
    expect(new Set(h.zh).size).toBe(h.zh.length);
  });

  it('gives the advice the issue asks for', () => {
    expect(metricHints('avg_response_time').zh.join('')).toMatch(/快捷短语/);
    expect(metricHints('avg_response_time').zh.join('')).toMatch(/并发接待/);
    expect(metricHints('avg_response_time').en.join(' ')).toMatch(/quick-reply phrases/);
    expect(metricHints('inquiry_conversion_rate').zh.join('')).toMatch(/催付/);
    expect(metricHints('inquiry_conversion_rate').zh.join('')).toMatch(/搭配/);
    expect(metricHints('inquiry_conversion_rate').en.join(' ')).toMatch(/unpaid orders/);
    expect(metricHints('review_changed_count').zh.join('')).toMatch(/修改评价/);
  });

  it('falls back to general advice for other metrics', () => {
    const general = metricHints('message_chars');
    expect(hasOwnHints('message_chars')).toBe(false);
    expect(general.zh.length).toBeGreaterThanOrEqual(2);
    expect(general.en).toHaveLength(general.zh.length);
    expect(metricHints('no_such_metric')).toEqual(general);
  });

  it('returns fresh arrays: a caller cannot change the catalog', () => {
    metricHintKeys('reply_rate').push('extName');
    expect(metricHintKeys('reply_rate')).not.toContain('extName');
  });
});
