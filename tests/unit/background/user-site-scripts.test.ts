import { describe, expect, test } from 'vitest';
import { syncUserSiteScripts, USER_SITES_SCRIPT_ID } from '../../../lib/sites/user-site-scripts';
import { fakeScripting } from './fake-scripting';

describe('syncUserSiteScripts', () => {
  test('registers the content script in all frames of the user sites, updates and removes it', async () => {
    const api = fakeScripting();
    await syncUserSiteScripts(api, ['https://radar.example.com/*']);
    expect(api.scripts.get(USER_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['https://radar.example.com/*'],
      js: ['content-scripts/content.js'],
      allFrames: true,
      matchOriginAsFallback: true,
      persistAcrossSessions: true,
    });
    await syncUserSiteScripts(api, ['https://radar.example.com/*', 'https://*.leida.cn/*']);
    expect(api.scripts.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['https://radar.example.com/*', 'https://*.leida.cn/*']);
    await syncUserSiteScripts(api, []);
    expect(api.scripts.size).toBe(0);
    await syncUserSiteScripts(api, []); // nothing registered: nothing to do, no error
  });
});
