import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SyncStatusView } from '@/components/options/SyncStatusView';
import { presetScheme } from '@/lib/analysis/scheme-presets';
import type { SyncConflict, SyncStatus } from '@/lib/sync/sync-contract';
import { setUiLocale } from '../../support/ui-locale';

// Conflicts as runSyncPass reports them (tests/unit/sync/sync-conflicts.test.ts): the losing edit's content.
const conflicts: SyncConflict[] = [
  { id: 'scheme:presale', kind: 'scheme', lostEditAt: '2026-11-22T09:00:00.000Z', lost: { ...presetScheme('presale'), name: '副店长改的方案' } },
  { id: 'profile:旗舰店:小美', kind: 'profile', lostEditAt: '2026-11-22T08:00:00.000Z', lost: { key: '旗舰店:小美', displayName: '美美', aliases: [] } },
  { id: 'profile:旗舰店:阿强', kind: 'profile', lost: { key: '旗舰店:阿强', aliases: [] } },
  { id: 'scheme:aftersale', kind: 'scheme', lost: { name: 'not a whole scheme' } },
];
const status: SyncStatus = { state: 'idle', lastSuccessAt: '2026-11-22T09:00:00Z', lastPass: { at: '2026-11-22T09:00:00Z', pushed: 2, pulled: 2, pending: 0, problem: null, conflicts } };

describe('SyncStatusView: conflicts in words', () => {
  test('zh-CN: the scheme by role and name, the profile by agent and display name, with when it was edited', () => {
    render(<SyncStatusView status={status} />);
    const words = screen.getAllByTestId('sync-conflict-words').map((e) => e.textContent);
    expect(words).toEqual(['售前考核方案「副店长改的方案」', '客服资料 旗舰店:小美（显示名「美美」）', '客服资料 旗舰店:阿强', '考核方案 scheme:aftersale']);
    const first = screen.getAllByTestId('sync-conflict')[0]!;
    expect(first.textContent).toMatch(/修改于 2026/);
    expect(first.querySelector('pre')!.textContent).toContain('副店长改的方案');
  });

  test('en: the same in English', () => {
    setUiLocale('en');
    render(<SyncStatusView status={status} />);
    const words = screen.getAllByTestId('sync-conflict-words').map((e) => e.textContent);
    expect(words).toEqual(['Presale KPI scheme “副店长改的方案”', 'Agent profile 旗舰店:小美 (display name “美美”)', 'Agent profile 旗舰店:阿强', 'KPI scheme scheme:aftersale']);
  });
});
