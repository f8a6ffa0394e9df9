import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgentProfile, AgentRole, KpiScheme, MonthReview } from '@/lib/analysis';
import { loadMonthData, loadPreviousValues, type MonthData, monthReviewOf, type PreviousValues } from '@/lib/sidepanel';
import { useDatabase } from '@/components/database-context';

export interface MonthReviewState {
  /** The month judged (undefined while its first read runs); without changes until `changesReady`. */
  review: MonthReview | undefined;
  /** `review` is the month asked for (not the previous pick, kept while the new one loads). */
  current: boolean;
  /** The previous month has been read and the changes are in. */
  changesReady: boolean;
}

/**
 * The month view's data in two live phases (a capture of the month shows without a reload): the month
 * first, so the rows do not wait for the previous month's read, then the previous month for the changes.
 */
export function useMonthReview(
  month: string,
  today: string,
  profiles: readonly AgentProfile[],
  schemes: Record<AgentRole, KpiScheme>,
): MonthReviewState {
  const db = useDatabase();
  const first = useLiveQuery(
    async (): Promise<{ month: string; data: MonthData }> => ({ month, data: await loadMonthData(db, month, today, profiles, schemes) }),
    [db, month, today, profiles, schemes],
  );
  const data = first?.month === month ? first.data : undefined;
  const second = useLiveQuery(
    async (): Promise<{ data: MonthData; previous: PreviousValues } | undefined> => (data ? { data, previous: await loadPreviousValues(db, data, today) } : undefined),
    [db, data, today],
  );
  const previous = second && second.data === data ? second.previous : undefined;
  const review = useMemo(() => (first ? monthReviewOf(first.data, schemes, first.data === data ? previous : undefined) : undefined), [first, data, previous, schemes]);
  return { review, current: data !== undefined, changesReady: previous !== undefined };
}
