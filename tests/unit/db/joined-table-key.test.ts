import { describe, expect, it } from 'vitest';
import { tableKey } from '../../../lib/capture/table-key';
import { joinedTableKey } from '../../../lib/db/joined-table-key';

const FRAME = 'https://sycm.taobao.com/qos/service/frame/performance/detail/new';
const setA = tableKey(FRAME, ['consult_count', 'reception_count', 'reply_rate']);
const setB = tableKey(FRAME, ['inquiry_count', 'sales_amount', 'reply_rate']);
const setC = tableKey(FRAME, ['first_response_time', 'avg_response_time']);
const elsewhere = tableKey('https://sycm.taobao.com/qos/service/other', ['inquiry_count', 'sales_amount']);
const AGENTS = ['店:贞贞', '店:小美', '店:阿强', '汇总值', '平均值'];
const snap = (key: string, labels: string[], first = '2026-11-26T01:00:00.000Z', console = 'qianniu') => ({ sourceKey: `${console}|${key}`, labels, firstCapturedAt: first });

describe('joinedTableKey', () => {
  it('another metric set of the same table, agents and period joins the stored table', () => {
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, [snap(setA, AGENTS)])).toBe(setA);
  });

  it('a page of the table (rows a subset) joins too, and so does a set shown when fewer rows had loaded', () => {
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS.slice(0, 2) }, [snap(setA, AGENTS)])).toBe(setA);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, [snap(setA, AGENTS.slice(0, 3))])).toBe(setA);
  });

  it('its own key when stored already, or when nothing matches: other rows, another place, another console', () => {
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, [snap(setA, AGENTS), snap(setB, AGENTS)])).toBe(setB);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: ['店:小林', '店:小周'] }, [snap(setA, AGENTS)])).toBe(setB);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: ['店:贞贞', '店:小林'] }, [snap(setA, AGENTS)])).toBe(setB);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, [snap(elsewhere, AGENTS)])).toBe(setB);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, [snap(setA, AGENTS, undefined, 'sycm')])).toBe(setB);
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: [] }, [snap(setA, [])])).toBe(setB);
  });

  it('of two candidates, the one sharing more rows, then the oldest', () => {
    const two = [snap(setC, AGENTS.slice(0, 2), '2026-11-26T00:00:00.000Z'), snap(setA, AGENTS, '2026-11-26T02:00:00.000Z')];
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, two)).toBe(setA);
    const tie = [snap(setA, AGENTS, '2026-11-26T02:00:00.000Z'), snap(setC, AGENTS, '2026-11-26T00:00:00.000Z')];
    expect(joinedTableKey({ console: 'qianniu', tableKey: setB, labels: AGENTS }, tie)).toBe(setC);
  });
});
