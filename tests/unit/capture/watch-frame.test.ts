// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { watchFrame } from '../../../lib/capture/watch-frame';
import { tableKey } from '../../../lib/capture/table-key';
import type { Capture } from '../../../lib/model/capture-types';
import { captureOfRaw } from '../../../lib/capture/parse-raw-table';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function table(rows: Array<[string, string, string]>, period = '2026-11-20 ~ 2026-11-26'): string {
  return `<div class="toolbar">统计时间：${period}</div><table><thead><tr><th>客服</th><th>回复率</th><th>咨询人数</th></tr></thead>
    <tbody>${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('')}</tbody></table>`;
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

function watch() {
  const sent: Capture[] = [];
  stop = watchFrame(window, { send: async (c) => void sent.push(captureOfRaw(c)), quietMs: 20, maxWaitMs: 200, now: () => new Date(2026, 10, 27) });
  return sent;
}

describe('watchFrame', () => {
  test('captures once the table settles, with the period read from the page', async () => {
    document.body.innerHTML = table([['小美', '99%', '120']]);
    const sent = watch();
    await wait(80);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.period).toMatchObject({ start: '2026-11-20', end: '2026-11-26', guessed: false });
    expect(sent[0]!.rows).toEqual([{ label: '小美', kind: 'agent', values: { reply_rate: 99, consult_count: 120 } }]);
    expect(sent[0]!.source.tableKey).toBe(tableKey(window.location.href, ['reply_rate', 'consult_count']));
  });

  test('a re-render or re-sort with the same content sends nothing; a new page sends again', async () => {
    document.body.innerHTML = table([['小美', '99%', '120'], ['阿杰', '97%', '80']]);
    const sent = watch();
    await wait(80);
    document.body.innerHTML = table([['阿杰', '97%', '80'], ['小美', '99%', '120']]);
    await wait(80);
    expect(sent).toHaveLength(1);
    document.body.innerHTML = table([['阿花', '95%', '60']]);
    await wait(80);
    expect(sent.map((c) => c.rows.map((r) => r.label))).toEqual([['小美', '阿杰'], ['阿花']]);
    expect(sent[1]!.source.tableKey).toBe(sent[0]!.source.tableKey);
  });

  test('a new period showing the old rows (picker moved, rows not yet reloaded) waits for the new rows', async () => {
    document.body.innerHTML = table([['小美', '99%', '120']], '2026-11-25');
    const sent = watch();
    await wait(80);
    document.body.innerHTML = table([['小美', '99%', '120']], '2026-11-24');
    await wait(80);
    expect(sent.map((c) => c.period.start)).toEqual(['2026-11-25']);
    document.body.innerHTML = table([['小美', '97%', '88']], '2026-11-24');
    await wait(80);
    expect(sent.map((c) => [c.period.start, c.rows[0]!.values.reply_rate])).toEqual([
      ['2026-11-25', 99],
      ['2026-11-24', 97],
    ]);
    // Back to a day already sent, still showing the other day's rows: nothing; then its own rows: already sent.
    document.body.innerHTML = table([['小美', '97%', '88']], '2026-11-25');
    await wait(80);
    document.body.innerHTML = table([['小美', '99%', '120']], '2026-11-25');
    await wait(80);
    expect(sent).toHaveLength(2);
  });

  test("nodes added under <html> (the capture pill, the badge's frame) read nothing again; a new <body> does", async () => {
    document.body.innerHTML = table([['小美', '99%', '120']]);
    let attempts = 0;
    stop = watchFrame(window, {
      send: async () => {
        attempts++;
        throw new Error('refused'); // every scan that finds the table tries again: attempts count the scans
      },
      quietMs: 20,
      maxWaitMs: 200,
      now: () => new Date(2026, 10, 27),
    });
    await wait(80);
    expect(attempts).toBe(1);
    const pill = document.createElement('kefu-capture-toast');
    document.documentElement.append(pill);
    await wait(80);
    expect(attempts).toBe(1);
    pill.remove();
    await wait(80);
    expect(attempts).toBe(1);
    const body = document.createElement('body');
    body.innerHTML = table([['小美', '99%', '120']]);
    document.documentElement.replaceChild(body, document.body);
    await wait(80);
    expect(attempts).toBe(2);
  });

  test('a failed send is retried on the next change', async () => {
    document.body.innerHTML = table([['小美', '99%', '120']]);
    let attempts = 0;
    stop = watchFrame(window, {
      send: async () => {
        attempts++;
        if (attempts === 1) throw new Error('background asleep');
      },
      quietMs: 20,
      maxWaitMs: 200,
    });
    await wait(80);
    document.body.appendChild(document.createElement('span'));
    await wait(80);
    expect(attempts).toBe(2);
  });

  test('a frame without a comparison table only probes; a table appearing later is captured, and leaving stops the observer', async () => {
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    document.body.innerHTML = '<div class="feed"><p>tick</p></div>';
    const sent: Capture[] = [];
    stop = watchFrame(window, { send: async (c) => void sent.push(captureOfRaw(c)), quietMs: 20, maxWaitMs: 200, probeTiming: { probeMs: 30, busyForMs: 10_000, idleProbeMs: 30 }, now: () => new Date(2026, 10, 27) });
    for (let i = 0; i < 5; i++) {
      document.querySelector('.feed')!.textContent = `tick ${i}`;
      await wait(20);
    }
    expect(observe).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', table([['小美', '99%', '120']]));
    await wait(150);
    expect(observe).toHaveBeenCalledTimes(1);
    expect(sent.map((c) => c.rows[0]!.label)).toEqual(['小美']);
    // The SPA navigates away: the next scan finds no comparison table and the observer goes.
    document.body.innerHTML = '<div class="feed">other page</div>';
    await wait(150);
    expect(disconnect).toHaveBeenCalled();
    // …and a comparison table coming back is found again.
    document.body.innerHTML = table([['阿杰', '97%', '80']]);
    await wait(150);
    expect(sent.map((c) => c.rows[0]!.label)).toEqual(['小美', '阿杰']);
    observe.mockRestore();
    disconnect.mockRestore();
  });

  test('pages without comparison tables send nothing', async () => {
    document.body.innerHTML = '<table><tr><th>商品</th><th>访客数</th></tr><tr><td>T恤</td><td>100</td></tr></table>';
    const sent = watch();
    await wait(80);
    expect(sent).toEqual([]);
  });
});
