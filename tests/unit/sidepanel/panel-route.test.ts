import { describe, expect, it } from 'vitest';
import { panelHash, parsePanelHash } from '../../../lib/sidepanel/panel-hash';
import { alertWindow, defaultTeamPeriod, hasPeriodsBefore, historyWindow, isoDaysBefore, latestDay } from '../../../lib/sidepanel/history-window';

describe('panel hash', () => {
  it('round-trips an agent key with a shop, a full-width colon and spaces', () => {
    for (const agent of ['安踏官方旗舰店:客服01', '旗舰店：小美', 'tb shop:Amy Li', '小美&阿强#2']) {
      const hash = panelHash({ view: 'agent', agent });
      expect(hash.startsWith('#agent=')).toBe(true);
      expect(parsePanelHash(hash)).toEqual({ view: 'agent', agent });
    }
  });

  it('reads the team view and ignores anything else', () => {
    expect(parsePanelHash('#team')).toEqual({ view: 'team' });
    expect(parsePanelHash('')).toBeNull();
    expect(parsePanelHash('#agent=')).toBeNull();
    expect(parsePanelHash('#foo=bar')).toBeNull();
  });

  it('reads the month view, with or without a month, and drops a malformed month', () => {
    expect(parsePanelHash('#month')).toEqual({ view: 'month', month: null });
    expect(parsePanelHash(panelHash({ view: 'month', month: '2026-11' }))).toEqual({ view: 'month', month: '2026-11' });
    expect(panelHash({ view: 'month', month: null })).toBe('#month');
    expect(parsePanelHash('#month=2026-13')).toEqual({ view: 'month', month: null });
  });
});

describe('history and alert windows', () => {
  const periods = [
    { start: '2026-11-20', end: '2026-11-26' },
    { start: '2026-11-25', end: '2026-11-25' },
    { start: '2026-11-24', end: '2026-11-24' },
    { start: '2026-11-01', end: '2026-11-30' },
  ];

  it('counts calendar days back across a leap day and a year end', () => {
    expect(isoDaysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(isoDaysBefore('2026-01-01', 1)).toBe('2025-12-31');
    expect(isoDaysBefore('2026-11-25', 364)).toBe('2025-11-26');
  });

  it('loads the year up to the newest captured day, not up to today', () => {
    expect(latestDay(periods)).toBe('2026-11-25');
    // The year ends with the newest capture; the recent read counts back from today (it starts before any read).
    expect(historyWindow(periods, '2027-03-01')).toEqual({ from: '2025-11-26', recentFrom: '2027-01-29', to: '2026-11-25' });
    expect(historyWindow(periods, '2026-11-27')).toEqual({ from: '2025-11-26', recentFrom: '2026-10-27', to: '2026-11-25' });
    expect(historyWindow([], '2026-11-27')).toEqual({ from: '2025-11-28', recentFrom: '2026-10-27', to: '2026-11-27' });
  });

  it('knows whether anything older than the recent read exists', () => {
    expect(hasPeriodsBefore(periods, '2026-11-01')).toBe(false);
    expect(hasPeriodsBefore(periods, '2026-11-02')).toBe(true);
    expect(hasPeriodsBefore([], '2026-11-02')).toBe(false);
  });

  it('opens the team view on the newest day, else the newest range', () => {
    expect(defaultTeamPeriod(periods)).toEqual({ start: '2026-11-25', end: '2026-11-25' });
    expect(defaultTeamPeriod([{ start: '2026-11-20', end: '2026-11-26' }])).toEqual({ start: '2026-11-20', end: '2026-11-26' });
    expect(defaultTeamPeriod([])).toBeNull();
  });

  it('looks 15 days back for alerts', () => {
    expect(alertWindow('2026-11-25')).toEqual({ from: '2026-11-10', to: '2026-11-25' });
  });
});
