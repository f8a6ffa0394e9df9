import { describe, expect, it } from 'vitest';
import { formatGap, formatMetricValue, formatPercentChange } from '../../../lib/format/format-metric-value';
import type { Unit } from '../../../lib/model/metric-types';

const M = '\u2212'; // the minus sign every negative number must use

describe('formatMetricValue', () => {
  const cases: [number | null, Unit, string, string][] = [
    // value, unit, zh, en
    [null, 'percent', '—', '—'],
    [null, 'yuan', '—', '—'],
    [Number.NaN, 'count', '—', '—'],
    [96.1, 'percent', '96.1%', '96.1%'],
    [98, 'percent', '98%', '98%'],
    [98.04, 'percent', '98%', '98%'],
    [45.67, 'percent', '45.7%', '45.7%'],
    [0, 'percent', '0%', '0%'],
    [100, 'percent', '100%', '100%'],
    [12.5, 'seconds', '12.5秒', '12.5 s'],
    [8, 'seconds', '8秒', '8 s'],
    [37.79, 'seconds', '37.8秒', '37.8 s'],
    [59.94, 'seconds', '59.9秒', '59.9 s'],
    [59.96, 'seconds', '1分钟', '1 min'], // rounds to 60 s: shown as a minute, not "60秒"
    [80, 'seconds', '1分20秒', '1 min 20 s'],
    [80.4, 'seconds', '1分20秒', '1 min 20 s'],
    [125, 'seconds', '2分5秒', '2 min 5 s'],
    [120, 'seconds', '2分钟', '2 min'],
    [3720, 'seconds', '1小时2分', '1 h 2 min'],
    [30720, 'duration', '8小时32分', '8 h 32 min'],
    [28800, 'duration', '8小时', '8 h'],
    [145512, 'duration', '40小时25分', '40 h 25 min'], // 40.42 小时
    [2700, 'duration', '45分钟', '45 min'],
    [45, 'duration', '45秒', '45 s'],
    [28770, 'duration', '8小时', '8 h'], // 7 h 59.5 min rounds up to 8 h
    [1234.5, 'yuan', '¥1,234.50', '¥1,234.50'],
    [0.5, 'yuan', '¥0.50', '¥0.50'],
    [9999.99, 'yuan', '¥9,999.99', '¥9,999.99'],
    [12345, 'yuan', '¥1.23万', '¥12,345'],
    [10000, 'yuan', '¥1万', '¥10,000'],
    [1234567.8, 'yuan', '¥123.46万', '¥1,234,568'],
    [250000000, 'yuan', '¥2.5亿', '¥250,000,000'],
    [1234, 'count', '1,234', '1,234'],
    [12, 'count', '12', '12'],
    [12345, 'count', '1.2万', '12,345'],
    [9999, 'count', '9,999', '9,999'],
    [99999999, 'count', '1亿', '99,999,999'],
    [2.5, 'count', '2.5', '2.5'],
    [1.35, 'ratio', '1.35', '1.35'],
    [1.5, 'ratio', '1.5', '1.5'],
    [1.356, 'ratio', '1.36', '1.36'],
    [-3, 'count', `${M}3`, `${M}3`],
    [-1234.5, 'yuan', `${M}¥1,234.50`, `${M}¥1,234.50`],
    [-0.01, 'percent', '0%', '0%'], // shows as zero: no sign
  ];
  it.each(cases)('%s %s → zh %s, en %s', (value, unit, zh, en) => {
    expect(formatMetricValue(value, unit, 'zh')).toBe(zh);
    expect(formatMetricValue(value, unit, 'en')).toBe(en);
  });

  it('never uses the hyphen-minus', () => {
    for (const unit of ['percent', 'seconds', 'duration', 'yuan', 'count', 'ratio'] as const) {
      for (const v of [-0.5, -12.5, -1234.5, -12345, -3725]) {
        expect(formatMetricValue(v, unit, 'zh')).not.toContain('-');
        expect(formatMetricValue(v, unit, 'en')).not.toContain('-');
        expect(formatMetricValue(v, unit, 'en').startsWith(M)).toBe(true);
      }
    }
  });
});

describe('formatGap', () => {
  const cases: [number | null, Unit, string, string][] = [
    [null, 'percent', '—', '—'],
    [-1.9, 'percent', `${M}1.9个百分点`, `${M}1.9 pp`],
    [1.9, 'percent', '+1.9个百分点', '+1.9 pp'],
    [-1.94, 'percent', `${M}1.9个百分点`, `${M}1.9 pp`],
    [2, 'percent', '+2个百分点', '+2 pp'],
    [0, 'percent', '0个百分点', '0 pp'],
    [0.02, 'percent', '0个百分点', '0 pp'], // rounds to zero: no sign
    [12.5, 'seconds', '+12.5秒', '+12.5 s'],
    [-7, 'seconds', `${M}7秒`, `${M}7 s`],
    [-80, 'seconds', `${M}1分20秒`, `${M}1 min 20 s`],
    [-5400, 'duration', `${M}1小时30分`, `${M}1 h 30 min`],
    [1800, 'duration', '+30分钟', '+30 min'],
    [120, 'yuan', '+¥120.00', '+¥120.00'],
    [-23456, 'yuan', `${M}¥2.35万`, `${M}¥23,456`],
    [3, 'count', '+3', '+3'],
    [-12000, 'count', `${M}1.2万`, `${M}12,000`],
    [0.15, 'ratio', '+0.15', '+0.15'],
    [-0.001, 'ratio', '0', '0'],
  ];
  it.each(cases)('%s %s → zh %s, en %s', (gap, unit, zh, en) => {
    expect(formatGap(gap, unit, 'zh')).toBe(zh);
    expect(formatGap(gap, unit, 'en')).toBe(en);
  });
});

describe('formatPercentChange', () => {
  const cases: [number | null, string][] = [
    [null, '—'],
    [12.34, '+12.3%'],
    [-4.5, `${M}4.5%`],
    [-2.04, `${M}2%`],
    [0, '0%'],
    [0.04, '0%'],
    [1234.5, '+1,234.5%'],
    [Number.POSITIVE_INFINITY, '—'],
  ];
  it.each(cases)('%s → %s', (p, text) => {
    expect(formatPercentChange(p, 'zh')).toBe(text);
    expect(formatPercentChange(p, 'en')).toBe(text);
  });
});
