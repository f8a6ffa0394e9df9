import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { CONSOLE_MATCHES } from './lib/model/console-sites';
import { amoLintClean } from './lib/build/amo-lint-clean';

// The manifest: every permission is explained in README ("Permissions").
export default defineConfig({
  // WXT_OUT_DIR lets two builds run side by side (e.g. a bench and a screenshot session).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  // Messages live in lib/i18n/locales/<locale>.yml; @wxt-dev/i18n writes _locales/<locale>/messages.json
  // into the build and generates the typed keys of `i18n.t` (from the default locale, zh_CN).
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  i18n: { localesDir: fileURLToPath(new URL('./lib/i18n/locales', import.meta.url)) },
  // WXT_NO_MINIFY=1 keeps function names, for reading a bench's CPU profile (never for a release).
  vite: () => ({ plugins: [amoLintClean()], ...(process.env.WXT_NO_MINIFY ? { build: { minify: false } } : {}) }),
  // `npm run zip`: store archives for Chrome/Edge and Firefox, plus the sources archive AMO asks for
  // (everything but tests, node_modules, the build output and dotfiles; README says how to rebuild).
  zip: {
    artifactTemplate: 'kefu-benchmark-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'kefu-benchmark-{{version}}-sources.zip',
    excludeSources: ['tests/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'screenshots/**'],
  },
  manifest: ({ browser, manifestVersion }) => {
    // Sites the user adds in options are asked for at run time, never up front.
    const userSites = ['https://*/*', 'http://*/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'zh_CN',
      // activeTab: the popup reads the active tab's address (its last capture) and captures a page
      // outside the default hosts, only after the user clicks the toolbar button.
      // storage + alarms: team sync's settings and status, and its periodic pass (issue 13; off by default:
      // no alarm exists and no request is made until the user switches sync on).
      permissions: ['unlimitedStorage', 'scripting', 'activeTab', 'storage', 'alarms'],
      // The on-page badge is an extension page framed by the console. User sites are the user's choice
      // at run time, so they cannot be listed here: http(s) in general, and the page itself refuses to
      // show anything when its top frame is neither a console host nor a user site (lib/overlay/embedding-check.ts).
      web_accessible_resources: [{ resources: ['overlay.html'], matches: [...CONSOLE_MATCHES, ...userSites] }],
      ...(manifestVersion === 3 ? { optional_host_permissions: userSites } : { optional_permissions: userSites }),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // Nothing is collected or transmitted: Firefox asks extensions to declare that.
              // 140 (desktop) and 142 (Android) are the first versions that know data_collection_permissions.
              gecko: { id: 'kefu-benchmark@local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
