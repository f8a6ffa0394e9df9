import type { ConsoleId } from '@/lib/model';
import { consoleNameKey } from '@/lib/consoles';
import { t } from '@/lib/i18n/translate';

export function consoleName(id: ConsoleId): string {
  return t(consoleNameKey(id));
}
