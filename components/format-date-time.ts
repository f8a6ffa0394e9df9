import { format } from 'date-fns';

/** A stored ISO timestamp in the user's local time: 2026-11-27 15:30. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format(date, 'yyyy-MM-dd HH:mm');
}
