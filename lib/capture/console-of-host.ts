import type { ConsoleId } from './types';

const HOST_CONSOLES: ReadonlyArray<[RegExp, ConsoleId]> = [
  [/(?:^|\.)sycm\.taobao\.com$/, 'sycm'],
  [/(?:^|\.)(?:myseller|qn)\.taobao\.com$/, 'qianniu'],
  [/(?:^|\.)topchitu\.com$/, 'chitu'],
  [/(?:^|\.)tmall\.com$/, 'tmall'],
  [/(?:^|\.)pinduoduo\.com$/, 'pinduoduo'],
  [/(?:^|\.)jd\.com$/, 'jd'],
  [/(?:^|\.)jinritemai\.com$/, 'doudian'],
];

/** Which console a frame belongs to; sites the user added are 'custom'. */
export function consoleOfHost(hostname: string): ConsoleId {
  for (const [pattern, id] of HOST_CONSOLES) if (pattern.test(hostname)) return id;
  return 'custom';
}
