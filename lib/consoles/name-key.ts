import { CUSTOM_CONSOLE_NAME_KEY, consoleEntry } from './registry';
import type { ConsoleId } from '../model';

/** The locale key of a console's name; user-added sites share one. */
export function consoleNameKey(id: ConsoleId): string {
  return id === 'custom' ? CUSTOM_CONSOLE_NAME_KEY : consoleEntry(id).nameKey;
}
