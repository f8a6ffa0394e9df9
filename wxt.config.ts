import { defineConfig } from 'wxt';

// The manifest: every permission is explained in README ("Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['unlimitedStorage', 'scripting'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
});
