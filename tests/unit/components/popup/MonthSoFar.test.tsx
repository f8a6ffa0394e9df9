// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { MonthSoFar } from '@/components/standing/MonthSoFar';
import { periodRowsOf } from '@/lib/analysis/month-values';
import { monthWindow } from '@/lib/analysis/month-window';
import { myMonthFrom } from '@/lib/standing/my-month';
import { setUiLocale } from '../../support/ui-locale';
import { day, ME, NOVEMBER, OCTOBER, schemes, SO_FAR } from '../../standing/my-month-fixture';

// The popup's "本月至今" block, from 小美's hand-computed month (tests/unit/standing/my-month-fixture.ts):
// score 75.645, 铜牌, commission 225 yuan, 询单转化率 +3.3 pp to 银牌, 2 days of data in 11-01 … 11-22.
const rows = { month: periodRowsOf(NOVEMBER), previous: periodRowsOf(OCTOBER) };

describe('MonthSoFar (popup block)', () => {
  test('range and days, score, grade, commission about ¥225, the way to the next grade', () => {
    render(<MonthSoFar mine={myMonthFrom(ME, SO_FAR, rows, schemes())} />);
    const block = screen.getByTestId('my-month');
    expect(block.dataset.month).toBe('2026-11');
    expect(within(block).getByRole('heading').textContent).toBe('本月至今');
    expect(screen.getByTestId('my-month-range').textContent).toBe('11-01 – 11-22 · 22 天 · 2 天有数据');
    const score = screen.getByTestId('my-month-score');
    expect([score.dataset.value, score.textContent]).toEqual(['75.6', '76']);
    const grade = screen.getByTestId('my-month-grade');
    expect([grade.dataset.value, grade.textContent]).toEqual(['铜牌', '铜牌']);
    const commission = screen.getByTestId('my-month-commission');
    expect([commission.dataset.value, commission.textContent]).toEqual(['225', '约 ¥225']);
    const next = screen.getByTestId('my-month-next');
    expect(next.dataset.kind).toBe('one_metric');
    expect(next.textContent).toBe('升级还差询单转化率再提高 3.3 个百分点即可升银牌');
  });

  test('English', () => {
    setUiLocale('en');
    render(<MonthSoFar mine={myMonthFrom(ME, SO_FAR, rows, schemes())} />);
    expect(screen.getByRole('heading').textContent).toBe('This month so far');
    expect(screen.getByTestId('my-month-range').textContent).toBe('11-01 – 11-22 · 22 days · data on 2 days');
    expect(screen.getByTestId('my-month-commission').textContent).toBe('about ¥225');
    expect(screen.getByTestId('my-month-next').textContent).toBe('To the next gradeTo reach 银牌, raise Inquiry conversion rate by 3.3 percentage points');
  });

  test('a scheme without commission items says so; below every grade, in words; two metrics to the only grade', () => {
    const none = schemes();
    none.presale.versions[0]!.commission = [];
    none.presale.versions[0]!.grades = [{ name: '金牌', minScore: 90 }];
    render(<MonthSoFar mine={myMonthFrom(ME, SO_FAR, rows, none)} />);
    const commission = screen.getByTestId('my-month-commission');
    expect([commission.dataset.value, commission.textContent]).toEqual(['', '方案未设']);
    const grade = screen.getByTestId('my-month-grade');
    expect([grade.dataset.value, grade.textContent]).toEqual(['', '未达等级']);
    // 金牌 (90) needs (90 − 75.645) × 100 = 1,435.5 weighted points: 询单转化率 to its best 60 % (+7.5 pp) gives
    // 25 × 40 = 1,000; the other 435.5 / 18 = 24.19 points of 平均响应 are 24.19 % of 50 s = 12.097 s → 12.1 s.
    expect(screen.getByTestId('my-month-next').textContent).toBe('升级还差询单转化率再提高 7.5 个百分点，同时平均响应时间再缩短 12.1 秒即可升金牌');
  });

  test('no month data yet: said in words, no figures', () => {
    render(<MonthSoFar mine={myMonthFrom(ME, SO_FAR, { month: [], previous: rows.previous }, schemes())} />);
    expect(screen.getByTestId('my-month-empty').textContent).toBe('本月还没有你的数据（后台数据 T+1：昨天的数据今天才有）。');
    expect(screen.queryByTestId('my-month-score')).toBeNull();
    expect(screen.getByTestId('my-month-range').textContent).toBe('11-01 – 11-22 · 22 天');
  });

  test('no role to judge by: said in words', () => {
    const shared = periodRowsOf(day('2026-11-01', { reply_rate: 99 }));
    render(<MonthSoFar mine={myMonthFrom({ ...ME, role: null }, SO_FAR, { month: shared, previous: [] }, schemes())} />);
    expect(screen.getByTestId('my-month-no-role').textContent).toContain('还没有设置岗位');
    expect(screen.queryByTestId('my-month-next')).toBeNull();
  });

  test('on the 1st: last month, whole, with a guessed role marked', () => {
    const november = monthWindow('2026-11', '2026-12-01');
    render(<MonthSoFar mine={myMonthFrom({ ...ME, role: null }, november, rows, schemes(), true)} />);
    expect(screen.getByRole('heading').textContent).toBe('上月');
    expect(screen.getByTestId('my-month-range').textContent).toBe('11-01 – 11-30 · 30 天 · 2 天有数据');
    expect(screen.getByTestId('my-month-grade').dataset.value).toBe('铜牌');
    expect(screen.getByText('岗位按表格推测为售前')).toBeTruthy();
  });
});
