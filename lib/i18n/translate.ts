import { i18n } from '#i18n';

/**
 * `i18n.t` of @wxt-dev/i18n: keys, substitution counts and plurals are typed from the default locale's
 * file (lib/i18n/locales/zh_CN.yml). `t('key', [a, b])` substitutes $1 and $2; `t('key', [n])` or
 * `t('key', n, [a, n])` picks the plural form for the count n.
 */
export const t = i18n.t;
