import type { UiLang } from '@/components/standing/ui-language';

/** `2026-11` as a reader writes it: 2026年11月 / November 2026. */
export function monthText(month: string, lang: UiLang): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}
