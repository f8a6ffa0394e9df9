import type { ConsoleId } from '@/lib/capture/types';
import { t } from '@/lib/i18n/translate';

const MESSAGE_KEYS: Record<ConsoleId, string> = {
  sycm: 'consoleSycm',
  qianniu: 'consoleQianniu',
  chitu: 'consoleChitu',
  tmall: 'consoleTmall',
  pinduoduo: 'consolePinduoduo',
  jd: 'consoleJd',
  doudian: 'consoleDoudian',
  custom: 'consoleCustom',
};

export function consoleName(id: ConsoleId): string {
  return t(MESSAGE_KEYS[id]);
}
