import { t } from './translate';

/**
 * `<html lang>` of an extension page follows the locale the messages come from (its htmlLang key), so
 * fonts, line breaking and screen readers match the words shown, also when the browser falls back to
 * the default locale.
 */
export function setDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = t('htmlLang');
}
