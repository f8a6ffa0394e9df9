import { describe, expect, test } from 'vitest';
import { syncUserSiteScripts, USER_SITES_OVERLAY_SCRIPT_ID, USER_SITES_SCRIPT_ID } from '../../../lib/sites/user-site-scripts';
import { fakeScripting } from './fake-scripting';

describe('the badge script on user sites', () => {
  test('is registered beside the capture script, top frame only, and follows the site list', async () => {
    const api = fakeScripting();
    await syncUserSiteScripts(api, ['https://leida.example.cn/*']);
    expect(api.scripts.get(USER_SITES_OVERLAY_SCRIPT_ID)).toEqual({
      id: USER_SITES_OVERLAY_SCRIPT_ID,
      matches: ['https://leida.example.cn/*'],
      js: ['content-scripts/overlay-host.js'],
      allFrames: false,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
    expect(api.scripts.get(USER_SITES_SCRIPT_ID)?.allFrames).toBe(true);
    await syncUserSiteScripts(api, ['https://leida.example.cn/*', 'https://*.kefu-radar.com/*']);
    expect(api.scripts.get(USER_SITES_OVERLAY_SCRIPT_ID)?.matches).toEqual(['https://leida.example.cn/*', 'https://*.kefu-radar.com/*']);
    await syncUserSiteScripts(api, []);
    expect(api.scripts.size).toBe(0);
  });

  test('an install that registered only the capture script (the previous version) gets the badge script on the next sync', async () => {
    const api = fakeScripting();
    await api.registerContentScripts([
      { id: USER_SITES_SCRIPT_ID, matches: ['https://leida.example.cn/*'], js: ['content-scripts/content.js'], allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    await syncUserSiteScripts(api, ['https://leida.example.cn/*']);
    expect([...api.scripts.keys()].sort()).toEqual([USER_SITES_SCRIPT_ID, USER_SITES_OVERLAY_SCRIPT_ID].sort());
  });
});
