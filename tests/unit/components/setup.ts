// Component tests: i18n is answered from the real locale files by tests/unit/setup.ts (zh-CN unless a
// test calls setUiLocale); here, unmount after each test and reset the fake browser.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
