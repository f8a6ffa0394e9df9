// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { SchemeSection } from '@/components/options/SchemeSection';
import type { AgentRole, KpiScheme } from '@/lib/analysis/kpi-scheme';
import { presetScheme } from '@/lib/analysis/scheme-presets';
import { loadSchemes, saveScheme } from '@/lib/db/settings-store';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

/** The preset of `role` with another 回复率 target, as a backup import or a save in another tab stores it. */
function withReplyTarget(role: AgentRole, target: number): KpiScheme {
  const scheme = presetScheme(role);
  scheme.versions[0]!.metrics.find((m) => m.metric === 'reply_rate')!.target = target;
  return scheme;
}

const replyTarget = () => within(screen.getAllByTestId('scheme-metric-row').find((r) => r.dataset.metric === 'reply_rate')!).getByRole('textbox', { name: /目标/ }) as HTMLInputElement;
const roleTab = (role: AgentRole) => screen.getAllByTestId('scheme-role-tab').find((tab) => tab.dataset.role === role)!;
/** The tab's "unsaved" dot (its hidden text is for screen readers). */
const tabMarkedUnsaved = (role: AgentRole) => roleTab(role).querySelector('.dot') !== null;

describe('SchemeSection: schemes stored while the editor is open', () => {
  test('a role without edits follows the store; a role with unsaved edits keeps them, still marked unsaved', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    renderWithDatabase(<SchemeSection />, db);
    await waitFor(() => expect(replyTarget().value).toBe('98'));

    // 售后 gets an unsaved edit, then the manager goes back to 售前.
    await user.click(roleTab('aftersale'));
    await user.clear(replyTarget());
    await user.type(replyTarget(), '97.5');
    expect(screen.getByTestId('scheme-unsaved')).toBeTruthy();
    await user.click(roleTab('presale'));
    expect(screen.queryByTestId('scheme-unsaved')).toBeNull();

    // Both roles change in the store behind the editor's back.
    expect((await saveScheme(db, withReplyTarget('presale', 99.5))).ok).toBe(true);
    expect((await saveScheme(db, withReplyTarget('aftersale', 99))).ok).toBe(true);

    // 售前 shows the stored change without a reload, and nothing of it is unsaved.
    await waitFor(() => expect(replyTarget().value).toBe('99.5'));
    expect(tabMarkedUnsaved('presale')).toBe(false);
    expect(screen.queryByTestId('scheme-unsaved')).toBeNull();

    // 售后 keeps the manager's edit, marked unsaved on its tab and beside the buttons.
    expect(tabMarkedUnsaved('aftersale')).toBe(true);
    await user.click(roleTab('aftersale'));
    expect(replyTarget().value).toBe('97.5');
    expect(screen.getByTestId('scheme-unsaved')).toBeTruthy();

    // Discarding the edit shows what is stored now, not what the editor opened with.
    await user.click(screen.getByTestId('scheme-discard'));
    await waitFor(() => expect(replyTarget().value).toBe('99'));
    expect(tabMarkedUnsaved('aftersale')).toBe(false);
  });

  test('saving the kept draft stores it whole, over the change stored meanwhile', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    renderWithDatabase(<SchemeSection />, db);
    await waitFor(() => expect(replyTarget().value).toBe('98'));
    await user.clear(replyTarget());
    await user.type(replyTarget(), '97');
    await saveScheme(db, withReplyTarget('presale', 99.5));
    // The draft is not overwritten by the stored change...
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replyTarget().value).toBe('97');
    // ...and "保存方案" stores the draft as the manager sees it.
    await user.click(screen.getByTestId('scheme-save'));
    await waitFor(() => expect(screen.getByTestId('scheme-result').dataset.status).toBe('ok'));
    const stored = (await loadSchemes(db)).presale;
    expect(stored.versions[0]!.metrics.find((m) => m.metric === 'reply_rate')!.target).toBe(97);
    expect(screen.queryByTestId('scheme-unsaved')).toBeNull();
  });

  test('a version stored meanwhile joins the list; the version on screen stays selected', async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    renderWithDatabase(<SchemeSection />, db);
    await waitFor(() => expect(screen.getAllByTestId('scheme-version').map((v) => v.dataset.effectiveFrom)).toEqual(['2020-01-01']));

    const revised = presetScheme('presale');
    revised.versions.push({ ...structuredClone(revised.versions[0]!), effectiveFrom: '2099-12-01' });
    await saveScheme(db, revised);

    await waitFor(() => expect(screen.getAllByTestId('scheme-version').map((v) => v.dataset.effectiveFrom)).toEqual(['2020-01-01', '2099-12-01']));
    expect(screen.getByTestId('scheme-editing').dataset.effectiveFrom).toBe('2020-01-01');
    expect(screen.queryByTestId('scheme-unsaved')).toBeNull();
    await user.click(screen.getAllByTestId('scheme-version')[1]!);
    expect(screen.getByTestId('scheme-editing').dataset.effectiveFrom).toBe('2099-12-01');
  });
});

describe('SchemeSection: how a month is judged (issue 12)', () => {
  test('says a month is judged by the version in force on its first day', async () => {
    renderWithDatabase(<SchemeSection />, freshDatabase());
    await waitFor(() => expect(replyTarget().value).toBe('98'));
    const section = screen.getByRole('region', { name: '考核方案' });
    expect(within(section).getByText(/^整月按当月 1 日生效的版本评判/).textContent).toContain('月中生效的新版本从下个月起用于月度评判');
  });
});
