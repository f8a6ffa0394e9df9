// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { GapList } from '@/components/standing/GapList';
import { presaleStanding, rowTexts } from '../support/standing';
import { setUiLocale } from '../../support/ui-locale';

const gaps = presaleStanding().gaps;

describe('GapList', () => {
  test('scheme order: every metric of the version with value, target, signed gap and status', () => {
    render(<GapList gaps={gaps} caption="目标差距" />);
    expect(screen.getByRole('table', { name: '目标差距' })).toBeTruthy();
    expect(rowTexts(screen.getAllByTestId('gap-row'))).toEqual([
      ['在线时长', '9小时', '8小时', '+1小时', '✓ 达标'],
      ['回复率', '96.1%', '98%', '−1.9个百分点', '✗ 未达标'],
      ['首次响应时间', '25秒', '15秒', '+10秒', '✗ 未达标'],
      ['平均响应时间', '—', '30秒', '—', '无数据'],
      // Incentive metrics show their 0–100 score, not pass/fail.
      ['询单转化率', '42.5%', '50%', '−7.5个百分点', '42 分'],
    ]);
    expect(screen.getAllByTestId('gap-row').map((r) => r.dataset.state)).toEqual(['pass', 'fail', 'fail', 'none', 'fail']);
  });

  test('largest first: misses by weighted shortfall, then passes, then no value; limit cuts after ranking', () => {
    const { rerender } = render(<GapList gaps={gaps} order="largest" />);
    expect(screen.getAllByTestId('gap-row').map((r) => r.dataset.metric)).toEqual([
      'inquiry_conversion_rate',
      'reply_rate',
      'first_response_time',
      'online_duration',
      'avg_response_time',
    ]);
    rerender(<GapList gaps={gaps} order="largest" limit={2} />);
    expect(screen.getAllByTestId('gap-row').map((r) => r.dataset.metric)).toEqual(['inquiry_conversion_rate', 'reply_rate']);
  });

  test('showPercent adds the gap as a share of the target under the gap', () => {
    render(<GapList gaps={gaps} showPercent />);
    const reply = screen.getAllByTestId('gap-row').find((r) => r.dataset.metric === 'reply_rate')!;
    expect(rowTexts([reply])[0]).toEqual(['回复率', '96.1%', '98%', '−1.9个百分点−1.9%', '✗ 未达标']);
  });

  test('English labels and units for an English browser', () => {
    setUiLocale('en');
    render(<GapList gaps={gaps} />);
    const [online, reply] = rowTexts(screen.getAllByTestId('gap-row'));
    expect(online![0]).toBe('Online time');
    expect(reply!.slice(0, 3)).toEqual(['Reply rate', '96.1%', '98%']);
  });

  test('no gaps: a sentence, not an empty table', () => {
    render(<GapList gaps={[]} />);
    expect(screen.queryByTestId('gap-list')).toBeNull();
    expect(screen.getByText('没有适用的考核指标')).toBeTruthy();
  });
});
