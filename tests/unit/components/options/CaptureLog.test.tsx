// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { CaptureLog } from '@/components/options/CaptureLog';
import { writeCapture } from '@/lib/db/write-capture';
import { makeCapture } from '../../db/make-capture';
import { freshDatabase, renderWithDatabase } from '../support/render-with-database';

/** A table of 1,000 agents whose reply-rate column came out garbled: one warning per agent. */
const WARNINGS = Array.from({ length: 1000 }, (_, i) => ({ row: `店铺${i % 10}:客服${i}`, metric: 'reply_rate', text: '9б.1%', reason: '无法识别的数值' }));

describe('CaptureLog', () => {
  test("an entry's warnings list the first 100 and count the rest", async () => {
    const user = userEvent.setup();
    const db = freshDatabase();
    await writeCapture(db, makeCapture({ warnings: WARNINGS }), new Date('2026-11-21T02:00:00Z'));
    renderWithDatabase(<CaptureLog />, db);
    const row = await waitFor(() => screen.getByTestId('capture-row'));
    expect(within(row).queryByTestId('capture-warnings')).toBeNull(); // folded until asked
    await user.click(within(row).getByRole('button', { name: '查看' }));
    const list = within(row).getByTestId('capture-warnings');
    expect(list.querySelectorAll('li')).toHaveLength(101);
    expect(list.querySelector('li')!.textContent).toBe('店铺0:客服0 · reply_rate: “9б.1%” — 无法识别的数值');
    expect(within(list).getByTestId('capture-warnings-more').textContent).toBe('……另有 900 条未列出');
  });
});
