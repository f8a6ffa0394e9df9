import { i18n } from '#i18n';
import { sayWith } from './text';

/**
 * `i18n.t` of @wxt-dev/i18n: keys, substitution counts and plurals are typed from the default locale's
 * file (lib/i18n/locales/zh_CN.yml). `t('key', [a, b])` substitutes $1 and $2; `t('key', [n])` or
 * `t('key', n, [a, n])` picks the plural form for the count n.
 */
export const t = i18n.t;

/** A Text that lib/ returned (a key and its parameters), in the browser's language. */
export const say = sayWith(t);
