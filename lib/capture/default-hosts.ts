import { CONSOLE_MATCHES } from '../model/console-sites';

/** The consoles' hosts as match patterns, from the console registry; users add more sites in options. */
export const DEFAULT_HOST_MATCHES: readonly string[] = CONSOLE_MATCHES;
