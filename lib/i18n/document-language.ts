import { prefersChinese } from './ui-language';

/** `<html lang>` of an extension page follows the UI language: fonts, line breaking and screen readers use it. */
export function setDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = prefersChinese() ? 'zh-CN' : 'en';
}
