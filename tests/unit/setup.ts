// Dexie needs an IndexedDB under Node; tests that need the DOM opt in with `// @vitest-environment happy-dom`.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { installI18nStandIn, setUiLocale } from './support/ui-locale';

// lib/ words nothing itself, but views and the few lib paths that log (say()) need browser.i18n.
installI18nStandIn();
beforeEach(() => {
  setUiLocale('zh-CN');
  installI18nStandIn();
});
