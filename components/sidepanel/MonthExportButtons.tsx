import type { MonthReview } from '@/lib/analysis';

/**
 * The month's export buttons (xlsx and CSV for payroll). A stub: the export is built on its own branch
 * and this file is replaced by it; the toolbar already renders it.
 */
export function MonthExportButtons({ review }: { review: MonthReview }) {
  void review;
  return null;
}
