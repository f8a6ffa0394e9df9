import { CUSTOM_CONSOLE_NAME_KEY, consoleEntry } from './registry';
import type { ConsoleId } from '../model';
import type { PlainKey } from '../model';

/** The locale key of a console's name; user-added sites share one. */
export function consoleNameKey(id: ConsoleId): PlainKey {
  return id === 'custom' ? CUSTOM_CONSOLE_NAME_KEY : consoleEntry(id).nameKey;
}
