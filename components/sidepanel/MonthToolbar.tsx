import type { MonthReview, MonthWindow } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import type { UiLang } from '@/components/standing/ui-language';
import { MonthExportButtons } from './MonthExportButtons';
import { monthText } from './month-text';

interface MonthToolbarProps {
  months: readonly string[];
  value: string;
  /** The current month's window: its option reads "this month so far (to MM-DD)". */
  current: MonthWindow;
  review: MonthReview | undefined;
  lang: UiLang;
  onChange: (month: string) => void;
  onPrint: () => void;
}

/** The month picker (this month so far first), print, and the export buttons. */
export function MonthToolbar({ months, value, current, review, lang, onChange, onPrint }: MonthToolbarProps) {
  const optionText = (month: string) =>
    month === current.month ? (current.days > 0 ? t('monthSoFarOption', [current.last.slice(5)]) : t('monthSoFar')) : monthText(month, lang);
  return (
    <div className="toolbar month-toolbar no-print">
      <label className="period-select">
        <span>{t('monthSelectLabel')}</span>
        <select value={value} data-testid="month-select" onChange={(e) => onChange(e.currentTarget.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {optionText(m)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="month-print" onClick={onPrint} disabled={!review || review.rows.length === 0}>
        {t('monthPrint')}
      </button>
      {review && <MonthExportButtons review={review} />}
    </div>
  );
}
