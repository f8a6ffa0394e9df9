/**
 * The console registry's public face. The content script imports lib/model/console-sites directly (hosts
 * only); everything else imports from here.
 */
export { CONSOLE_MATCHES, CONSOLE_SITES, KNOWN_CONSOLE_IDS, consoleOfHost, matchPatternOfHost, type ConsoleId, type ConsoleSite, type KnownConsoleId } from '../model';
export { CONSOLES, CUSTOM_CONSOLE_NAME_KEY, consoleEntry, type ConsoleEntry, type DocText, type ReportMark, type ReportSignature } from './registry';
export { consoleNameKey } from './name-key';
