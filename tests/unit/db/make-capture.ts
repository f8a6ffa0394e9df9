import { afterEach } from 'vitest';
import type { Capture, CapturedRow, RawCapture, RawRow } from '../../../lib/model/capture-types';
import { METRICS } from '../../../lib/model/metric-catalog';
import { openDatabase, type KefuDatabase } from '../../../lib/db/database';

/** A 生意参谋-like capture; override what a test is about. */
export function makeCapture(over: Partial<Omit<Capture, 'source' | 'period'>> & { source?: Partial<Capture['source']>; period?: Partial<Capture['period']> } = {}): Capture {
  const metrics = over.metrics ?? ['reply_rate', 'avg_response_time', 'inquiry_conversion_rate'];
  const rows: CapturedRow[] = over.rows ?? [
    { label: '旗舰店:小美', kind: 'agent', values: { reply_rate: 96.1, avg_response_time: 25.3, inquiry_conversion_rate: 45.67 } },
    { label: '旗舰店:阿强', kind: 'agent', values: { reply_rate: 99, avg_response_time: null, inquiry_conversion_rate: 38.2 } },
    { label: '均值', kind: 'team_average', values: { reply_rate: 97.55, avg_response_time: 25.3, inquiry_conversion_rate: 41.9 } },
  ];
  return {
    source: {
      console: 'sycm',
      pageUrl: 'https://sycm.taobao.com/qos/service/frame/team',
      frameUrl: 'https://sycm.taobao.com/qos/service/frame/team',
      tableKey: 'https://sycm.taobao.com/qos/service/frame/team|avg_response_time,inquiry_conversion_rate,reply_rate',
      ...over.source,
    },
    period: { start: '2026-11-20', end: '2026-11-20', guessed: false, evidence: '统计时间：2026-11-20', ...over.period },
    metrics,
    headerTexts: over.headerTexts ?? {},
    rows,
    warnings: over.warnings ?? [],
    leftOut: over.leftOut ?? [],
  };
}

/**
 * The raw capture a content script would send for `capture`: each value printed as a page prints it
 * (a bare number in the metric's canonical unit, '-' for missing), no unit hints. Its warnings cannot be
 * printed back: the background finds them in the texts.
 */
export function rawOf(capture: Capture): RawCapture {
  const { source, period, metrics, headerTexts, leftOut } = capture;
  return {
    source,
    period,
    metrics,
    hints: metrics.map(() => null),
    headers: metrics.map((m) => headerTexts[m] ?? m),
    rows: capture.rows.map((r): RawRow => [r.label, ...metrics.map((m) => (r.values[m] == null ? '-' : String(r.values[m])))]),
    leftOut,
  };
}

/** makeCapture as the content script sends it: raw texts. */
export function makeRawCapture(over: Parameters<typeof makeCapture>[0] = {}): RawCapture {
  return rawOf(makeCapture(over));
}

/** n agents × m catalog metrics, deterministic values, some missing. */
export function bigCapture(day: string, agents: number, metricCount: number): Capture {
  const metrics = METRICS.slice(0, metricCount).map((m) => m.id);
  const rows: CapturedRow[] = [];
  for (let a = 0; a < agents; a++) {
    const values: Record<string, number | null> = {};
    metrics.forEach((m, i) => {
      values[m] = (a + i) % 17 === 0 ? null : Math.round((a * 31 + i * 7) % 1000) / 10;
    });
    rows.push({ label: `旗舰店:客服${String(a).padStart(3, '0')}`, kind: 'agent', values });
  }
  return makeCapture({
    metrics,
    rows,
    period: { start: day, end: day, guessed: false },
    source: { tableKey: `https://sycm.taobao.com/qos/service/frame/team|${[...metrics].sort().join(',')}` },
  });
}

let counter = 0;

/** A fresh database per test, so tests never see each other's data. */
export function freshDatabase(): KefuDatabase {
  counter += 1;
  return openDatabase(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A factory of fresh databases for one test file: every database it opened is closed and deleted after
 * each test. Call at the top level of the file.
 */
export function freshDatabasesPerTest(): () => KefuDatabase {
  const opened: KefuDatabase[] = [];
  afterEach(async () => {
    for (const d of opened.splice(0)) {
      d.close();
      await d.delete();
    }
  });
  return () => {
    const d = freshDatabase();
    opened.push(d);
    return d;
  };
}
