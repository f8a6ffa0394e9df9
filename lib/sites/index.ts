/**
 * Sites the user added: their match patterns and the content scripts registered for them.
 */
export { originMatchesPattern } from './origin-matches-pattern';
export { sitePattern } from './site-pattern';
export { CONTENT_SCRIPT_FILE, type ScriptingApi, syncUserSiteScripts } from './user-site-scripts';
export { addUserSite, removeUserSite, userSitePatterns } from './user-sites';
