import type { GeneratedI18nStructure } from '#i18n';

type Structure = GeneratedI18nStructure;

/** Every message key of lib/i18n/locales (typed from the default locale, zh_CN). */
export type MessageKey = Exclude<keyof Structure, `@@${string}`>;

/** Keys of messages with no substitution and no plural: what a lookup table (role → label) may hold. */
export type PlainKey = { [K in MessageKey]: Structure[K] extends { substitutions: 0; plural: false } ? K : never }[MessageKey];
