import { t } from '@/lib/i18n/translate';

/** "2026-11-26 的数据" for a day, "2026-11-20 至 2026-11-26 的数据" for a range. */
export function periodText(period: { start: string; end: string }): string {
  return period.start === period.end ? t('popupPeriodDay', [period.start]) : t('popupPeriodRange', [period.start, period.end]);
}

/** The short form for a line of figures: 2026-11-26 or 2026-11-20 ~ 2026-11-26. */
export function periodShort(period: { start: string; end: string }): string {
  return period.start === period.end ? period.start : `${period.start} ~ ${period.end}`;
}
