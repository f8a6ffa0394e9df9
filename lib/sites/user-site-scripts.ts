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
/** The on-page badge's script on the same sites: top frame only. */
export const USER_SITES_OVERLAY_SCRIPT_ID = 'kefu-user-sites-overlay';
/** Where WXT writes the content script entrypoint (entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** Where WXT writes the overlay script (entrypoints/overlay-host.content.ts). */
export const OVERLAY_SCRIPT_FILE = 'content-scripts/overlay-host.js';

/**
 * Keeps two dynamic content-script registrations whose matches are exactly the user's sites (those
 * whose host permission is granted): the capture script in every frame and the badge's script in the
 * top frame. Registered at run time because the sites are the user's choice.
 */
export async function syncUserSiteScripts(scripting: ScriptingApi, patterns: readonly string[]): Promise<void> {
  const capture: RegisteredScript = {
    id: USER_SITES_SCRIPT_ID,
    matches: [...patterns],
    js: [CONTENT_SCRIPT_FILE],
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  const overlay: RegisteredScript = {
    id: USER_SITES_OVERLAY_SCRIPT_ID,
    matches: [...patterns],
    js: [OVERLAY_SCRIPT_FILE],
    allFrames: false,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
  for (const script of [capture, overlay]) await syncOne(scripting, script);
}

async function syncOne(scripting: ScriptingApi, script: RegisteredScript): Promise<void> {
  const existing = await scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (script.matches.length === 0) {
    if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [script.id] });
    return;
  }
  if (existing.length > 0) await scripting.updateContentScripts([script]);
  else await scripting.registerContentScripts([script]);
}
