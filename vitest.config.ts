import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects, both with WXT's test setup (the `@/` alias, auto-imports, and `browser`/`chrome` as
// @webext-core/fake-browser, reset with fakeBrowser.reset() where a test uses it): lib's unit tests under
// Node, and component tests on happy-dom (tests/unit/components/setup.ts answers i18n from the locale files).
const COMPONENT_TESTS = 'tests/unit/components/**/*.test.tsx';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          exclude: [COMPONENT_TESTS, '**/node_modules/**'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: 'components',
          include: [COMPONENT_TESTS],
          environment: 'happy-dom',
          setupFiles: ['tests/unit/setup.ts', 'tests/unit/components/setup.ts'],
        },
      },
    ],
  },
});
