import { describe, expect, test } from 'vitest';
import { saveProfile } from '../../../lib/db/settings-store';
import { writeCapture } from '../../../lib/db/write-capture';
import { loadTeamSummary, teamSummary } from '../../../lib/popup/team-summary';
import type { AgentStanding, TeamView } from '../../../lib/analysis/types';
import { freshDatabasesPerTest, makeCapture } from '../db/make-capture';

const fresh = freshDatabasesPerTest();
const METRICS = ['reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate'];

describe('teamSummary', () => {
  const standing = (basicPassed: number, basicTotal: number, weakest: string | null, meetsTarget = false): AgentStanding => ({
    score: 70, grade: null, gaps: [], basicPassed, basicTotal, incentiveScore: null, commission: null,
    weakest: weakest === null ? null : { metric: weakest, gap: {} as never, severity: 0.1, meetsTarget },
  });
  const agent = (key: string) => ({ key, labels: [key], name: key, role: 'presale' as const, roleGuessed: false, isMe: false });
  const view = (rows: [string, AgentStanding | null][]): TeamView => ({
    period: { start: '2026-11-26', end: '2026-11-26' },
    metrics: ['reply_rate', 'first_response_time', 'avg_response_time', 'inquiry_conversion_rate'],
    rows: rows.map(([key, s]) => ({ agent: agent(key), values: {}, standing: s, alerts: [] })),
    benchmarks: [],
  });

  test('counts agents, basic misses and the most common weakest metric', () => {
    const summary = teamSummary(
      view([
        ['店:小美', standing(2, 3, 'inquiry_conversion_rate')],
        ['店:阿强', standing(3, 3, 'inquiry_conversion_rate')],
        ['店:小李', standing(1, 3, 'reply_rate')],
        ['店:大刘', standing(3, 3, 'first_response_time', true)], // meets every target: not a weakness
        ['店:新人', null], // no role: no scheme
      ]),
    );
    expect(summary).toEqual({ period: { start: '2026-11-26', end: '2026-11-26' }, agents: 5, missingBasic: 2, weakest: { metric: 'inquiry_conversion_rate', agents: 2 } });
  });

  test('a tie goes to the earlier column; nobody short: no weakest metric', () => {
    expect(teamSummary(view([['a', standing(3, 3, 'inquiry_conversion_rate')], ['b', standing(3, 3, 'reply_rate')]])).weakest).toEqual({ metric: 'reply_rate', agents: 1 });
    expect(teamSummary(view([['a', standing(3, 3, 'reply_rate', true)]])).weakest).toBeNull();
    expect(teamSummary(view([]))).toMatchObject({ agents: 0, missingBasic: 0, weakest: null });
  });
});

describe('loadTeamSummary', () => {
  test('nothing captured: null', async () => {
    expect(await loadTeamSummary(fresh())).toBeNull();
  });

  test('the latest captured day, aliases merged, roles guessed from the table', async () => {
    const db = fresh();
    const capture = (date: string, rows: [string, number, number, number, number][]) =>
      makeCapture({
        metrics: METRICS,
        rows: rows.map(([label, reply, first, avg, conv]) => ({
          label, kind: 'agent' as const,
          values: { reply_rate: reply, first_response_time: first, avg_response_time: avg, inquiry_conversion_rate: conv },
        })),
        period: { start: date, end: date, guessed: false },
      });
    await writeCapture(db, capture('2026-11-25', [['旗舰店:小美', 90, 40, 50, 20]]), new Date('2026-11-26T01:00:00Z'));
    await writeCapture(
      db,
      capture('2026-11-26', [
        ['旗舰店:小美', 96.1, 22, 25.3, 45.67], // misses reply and first response; weakest: conversion
        ['旗舰店:阿强', 99.5, 8, 12, 42], // meets basics; weakest: conversion
        ['旗舰店:小李', 93, 12, 20, 58], // misses reply; weakest: reply
        ['旗舰店:小美2', 99, 9, 10, 55], // 小美's renamed sub-account: merged into her row
      ]),
      new Date('2026-11-27T01:00:00Z'),
    );
    await saveProfile(db, { key: '旗舰店:小美', aliases: ['旗舰店:小美2'], isMe: false });
    expect(await loadTeamSummary(db)).toEqual({
      period: { start: '2026-11-26', end: '2026-11-26' },
      agents: 3,
      missingBasic: 2,
      weakest: { metric: 'inquiry_conversion_rate', agents: 2 },
    });
  });
});
