import { z } from 'zod';
import type { ConsoleId } from '../capture/types';

/** Every ConsoleId as a runtime list, for validation; the check below fails to compile if one is missing. */
export const CONSOLE_IDS = ['qianniu', 'sycm', 'chitu', 'tmall', 'pinduoduo', 'jd', 'doudian', 'custom'] as const satisfies readonly ConsoleId[];

type MissingConsoleId = Exclude<ConsoleId, (typeof CONSOLE_IDS)[number]>;
const _allConsoleIdsListed: [MissingConsoleId] extends [never] ? true : never = true;
void _allConsoleIdsListed;

export const consoleIdSchema = z.enum(CONSOLE_IDS);

export function isConsoleId(value: string): value is ConsoleId {
  return (CONSOLE_IDS as readonly string[]).includes(value);
}
