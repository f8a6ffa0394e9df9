import { describe, expect, test } from 'vitest';
import { syncUserSiteScripts, USER_SITES_SCRIPT_ID, type RegisteredScript, type ScriptingApi } from '../../../lib/sites/user-site-scripts';

/** An in-memory chrome.scripting with the same rules: register fails on a known id, update on an unknown one. */
function fakeScripting(): ScriptingApi & { scripts: Map<string, RegisteredScript> } {
  const scripts = new Map<string, RegisteredScript>();
  return {
    scripts,
    async getRegisteredContentScripts(filter) {
      return [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async registerContentScripts(list) {
      for (const s of list) {
        if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    async updateContentScripts(list) {
      for (const s of list) {
        if (!scripts.has(s.id)) throw new Error(`No script with ID '${s.id}'`);
        scripts.set(s.id, s);
      }
    },
    async unregisterContentScripts(filter) {
      for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
    },
  };
}

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
