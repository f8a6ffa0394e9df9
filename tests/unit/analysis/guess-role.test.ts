import { describe, expect, it } from 'vitest';
import { guessRole } from '../../../lib/analysis/guess-role';

describe('guessRole', () => {
  it.each([
    ['a 生意参谋 销售能力 table', ['consult_count', 'inquiry_count', 'paid_count', 'inquiry_conversion_rate', 'sales_amount', 'avg_order_value', 'reply_rate'], 'presale'],
    ['a 售后 table', ['reception_count', 'positive_review_rate', 'return_rate', 'refund_rate', 'refund_amount', 'avg_response_time'], 'aftersale'],
    ['more presale than aftersale', ['inquiry_conversion_rate', 'sales_amount', 'refund_rate'], 'presale'],
    ['more aftersale than presale', ['inquiry_conversion_rate', 'negative_review_count', 'review_changed_count'], 'aftersale'],
    ['only metrics both roles have', ['reply_rate', 'first_response_time', 'avg_response_time', 'online_duration', 'satisfaction_rate'], null],
    ['as many of each', ['sales_amount', 'return_rate'], null],
    ['nothing', [], null],
    ['unknown ids only', ['not_a_metric'], null],
  ] as const)('%s', (_name, metrics, expected) => {
    expect(guessRole(metrics)).toBe(expected);
  });

  it('counts each metric once, however many tables list it', () => {
    // Three tables with sales_amount against two distinct aftersale metrics: aftersale has more metrics.
    expect(guessRole(['sales_amount', 'sales_amount', 'sales_amount', 'return_rate', 'refund_rate'])).toBe('aftersale');
  });

  it('takes any iterable', () => {
    expect(guessRole(new Set(['paid_count'])[Symbol.iterator]())).toBe('presale');
  });
});
