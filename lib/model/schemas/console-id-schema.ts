import { z } from 'zod';
import { CONSOLE_IDS } from '../console-sites';

/** A console id as messages, backups and CSV files may carry it. */
export const consoleIdSchema = z.enum(CONSOLE_IDS);
