// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { MyStanding } from '@/lib/standing/my-standing';
import { fakeOverlayPort } from '../support/fake-overlay-port';
import { presaleStanding, rowTexts } from '../support/standing';
import { periodRowsOf } from '@/lib/analysis/month-values';
import { myMonthFrom } from '@/lib/standing/my-month';
import { ME, NOVEMBER, OCTOBER, schemes, SO_FAR } from '../../standing/my-month-fixture';

const MINE: MyStanding = {
  agent: { key: '旗舰店:小美', labels: ['旗舰店:小美'], name: '小美', role: 'presale', roleGuessed: false, isMe: true },
  period: { start: '2026-11-20', end: '2026-11-20' },
  role: 'presale',
  roleGuessed: false,
  standing: presaleStanding(),
};

describe('OverlayApp (the on-page badge)', () => {
  test('nothing until the background sends data: no empty card over the console', () => {
    fakeOverlayPort();
    render(<OverlayApp />);
    expect(screen.queryByTestId('overlay-card')).toBeNull();
  });

  test('collapsed: the weakest metric, its gap and the score', () => {
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    port.push({ kind: 'me', mine: MINE, month: null, expanded: false });
    const badge = screen.getByTestId('overlay-badge');
    expect(screen.getByTestId('overlay-card').dataset.state).toBe('collapsed');
    expect(badge.dataset.metric).toBe('inquiry_conversion_rate');
    expect(badge.querySelector('.overlay-metric')!.textContent).toBe('询单转化率');
    expect(badge.querySelector('.overlay-gap')!.textContent).toBe('−7.5个百分点');
    expect(within(badge).getByTestId('score-badge').dataset.score).toBe('54');
    expect(badge.getAttribute('aria-label')).toBe('询单转化率，差距 −7.5个百分点，得分 54。展开全部指标');
  });

  test('a click expands it to every target gap, weakest advice below; the choice is sent to be remembered', async () => {
    const user = userEvent.setup();
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    port.push({ kind: 'me', mine: MINE, month: null, expanded: false });
    await user.click(screen.getByTestId('overlay-badge'));

    const card = screen.getByTestId('overlay-card');
    expect(card.dataset.state).toBe('expanded');
    expect(within(card).getByText('小美')).toBeTruthy();
    expect(rowTexts(within(card).getAllByTestId('gap-row'))).toEqual([
      ['在线时长', '9小时', '8小时', '+1小时', '✓ 达标'],
      ['回复率', '96.1%', '98%', '−1.9个百分点', '✗ 未达标'],
      ['首次响应时间', '25秒', '15秒', '+10秒', '✗ 未达标'],
      ['平均响应时间', '—', '30秒', '—', '无数据'],
      ['询单转化率', '42.5%', '50%', '−7.5个百分点', '42 分'],
    ]);
    const hint = within(card).getByTestId('weakest-hint');
    expect(hint.dataset.metric).toBe('inquiry_conversion_rate');
    expect(hint.querySelectorAll('.standing-advice li')).toHaveLength(1);
    expect(port.requests).toEqual([{ type: 'expanded', expanded: true }]);

    await user.click(screen.getByTestId('overlay-collapse'));
    expect(screen.getByTestId('overlay-card').dataset.state).toBe('collapsed');
    expect(port.requests).toEqual([
      { type: 'expanded', expanded: true },
      { type: 'expanded', expanded: false },
    ]);
  });

  test('opens expanded when the user left it expanded; Esc collapses it', async () => {
    const user = userEvent.setup();
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    port.push({ kind: 'me', mine: MINE, month: null, expanded: true });
    expect(screen.getByTestId('overlay-card').dataset.state).toBe('expanded');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('overlay-card').dataset.state).toBe('collapsed');
  });

  test('every standard met: says so, with the score', () => {
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    const allMet = presaleStanding({ reply_rate: 99, first_response_time: 10, inquiry_conversion_rate: 55, avg_response_time: 20 });
    port.push({ kind: 'me', mine: { ...MINE, standing: allMet }, month: null, expanded: false });
    const badge = screen.getByTestId('overlay-badge');
    expect(badge.querySelector('.overlay-gap')).toBeNull();
    expect(badge.querySelector('.overlay-metric')!.textContent).toBe('全部达标');
    expect(within(badge).getByTestId('score-badge').dataset.score).toBe(String(Math.round(allMet.score!)));
  });

  test('no agent marked as me: a small pill that leads to the settings', () => {
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    port.push({ kind: 'no-me' });
    expect(screen.getByTestId('overlay-card').dataset.state).toBe('no-me');
    expect(screen.queryByTestId('gap-row')).toBeNull();
  });

  test('expanded: this month so far below the day, small: score, grade, commission and the next-grade line; collapsed: not there', async () => {
    const user = userEvent.setup();
    const port = fakeOverlayPort();
    render(<OverlayApp />);
    const month = myMonthFrom(ME, SO_FAR, { month: periodRowsOf(NOVEMBER), previous: periodRowsOf(OCTOBER) }, schemes());
    port.push({ kind: 'me', mine: MINE, month, expanded: false });
    expect(screen.queryByTestId('my-month')).toBeNull();
    await user.click(screen.getByTestId('overlay-badge'));
    const block = screen.getByTestId('my-month');
    expect(block.dataset.month).toBe('2026-11');
    expect(block.classList.contains('compact')).toBe(true);
    // Hand-computed in tests/unit/standing/my-month-fixture.ts: 75.645, 铜牌, 225 yuan, +3.3 pp to 银牌.
    expect(screen.getByTestId('my-month-score').dataset.value).toBe('75.6');
    expect(screen.getByTestId('my-month-grade').dataset.value).toBe('铜牌');
    expect(screen.getByTestId('my-month-commission').textContent).toBe('约 ¥225');
    expect(screen.getByTestId('my-month-next').textContent).toBe('询单转化率再提高 3.3 个百分点即可升银牌');
  });
});
