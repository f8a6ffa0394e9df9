import { z } from 'zod';
import { KNOWN_CONSOLE_IDS, type ConsoleId } from '../consoles/sites';

/** Every ConsoleId as a runtime list, for validation: the registry's consoles and user-added sites. */
export const CONSOLE_IDS: readonly ConsoleId[] = [...KNOWN_CONSOLE_IDS, 'custom'];

export const consoleIdSchema = z.enum(CONSOLE_IDS);

export function isConsoleId(value: string): value is ConsoleId {
  return (CONSOLE_IDS as readonly string[]).includes(value);
}
