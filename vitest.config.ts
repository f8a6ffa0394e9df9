import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: lib's unit tests under Node as before, and component tests on happy-dom with WXT's
// aliases (`@/`), auto-imports (`browser`) and its fake browser (tests/unit/components/setup.ts stubs i18n).
const COMPONENT_TESTS = 'tests/unit/components/**/*.test.tsx';

export default defineConfig({
  test: {
    projects: [
      {
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
