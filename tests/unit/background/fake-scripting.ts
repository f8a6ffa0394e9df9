import type { RegisteredScript, ScriptingApi } from '../../../lib/sites/user-site-scripts';

/** An in-memory chrome.scripting with the same rules: register fails on a known id, update on an unknown one. */
export function fakeScripting(): ScriptingApi & { scripts: Map<string, RegisteredScript> } {
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
