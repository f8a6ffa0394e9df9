/** The subset of chrome.scripting this needs, so it can be tested without a browser. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Array<{ id: string; matches?: string[] }>>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

export const USER_SITES_SCRIPT_ID = 'kefu-user-sites';
/** Where WXT writes the content script entrypoint (entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/**
 * Keeps one dynamic content-script registration whose matches are exactly the user's sites (those
 * whose host permission is granted). Registered at run time because the sites are the user's choice.
 */
export async function syncUserSiteScripts(scripting: ScriptingApi, patterns: readonly string[]): Promise<void> {
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (patterns.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
    return;
  }
  const script: RegisteredScript = {
    id: USER_SITES_SCRIPT_ID,
    matches: [...patterns],
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
