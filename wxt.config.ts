import { defineConfig } from 'wxt';

// The manifest: every permission is explained in README ("Permissions").
export default defineConfig({
  // WXT_OUT_DIR lets two builds run side by side (e.g. a bench and a screenshot session).
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion }) => {
    // Sites the user adds in options are asked for at run time, never up front.
    const userSites = ['https://*/*', 'http://*/*'];
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'zh_CN',
      permissions: ['unlimitedStorage', 'scripting'],
      ...(manifestVersion === 3 ? { optional_host_permissions: userSites } : { optional_permissions: userSites }),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // Nothing is collected or transmitted: Firefox asks extensions to declare that.
              gecko: { id: 'kefu-benchmark@local', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});
