/**
 * Where each console lives: the part of the console registry (lib/consoles/registry.ts) that ships in the content
 * script, so it holds hosts and nothing else (names, pages, report signatures stay out of that bundle).
 */
export interface ConsoleSite {
  /** Hosts the content scripts are declared on: an exact host, or `*.domain` for the domain and every subdomain. */
  readonly hosts: readonly string[];
  /**
   * A frame whose host is one of these or a subdomain of one belongs to the console: also a subdomain the
   * user added as a site (e.g. another jd.com back-end), which is still that console's data.
   */
  readonly domains: readonly string[];
}

/** Every console that is not a user-added site (docs/metrics.md "Where these tables live", docs/consoles.md). */
export const CONSOLE_SITES = {
  sycm: { hosts: ['sycm.taobao.com'], domains: ['sycm.taobao.com'] },
  qianniu: { hosts: ['myseller.taobao.com', 'qn.taobao.com'], domains: ['myseller.taobao.com', 'qn.taobao.com'] },
  chitu: { hosts: ['*.topchitu.com'], domains: ['topchitu.com'] },
  tmall: { hosts: ['*.tmall.com'], domains: ['tmall.com'] },
  pinduoduo: { hosts: ['mms.pinduoduo.com'], domains: ['pinduoduo.com'] },
  jd: { hosts: ['kf.jd.com', 'xi.jd.com'], domains: ['jd.com'] },
  doudian: { hosts: ['im.jinritemai.com', 'fxg.jinritemai.com'], domains: ['jinritemai.com'] },
} as const satisfies Record<string, ConsoleSite>;

export type KnownConsoleId = keyof typeof CONSOLE_SITES;
/** Which console a capture or an imported report came from; `custom` = a site the user added, or unknown. */
export type ConsoleId = KnownConsoleId | 'custom';

export const KNOWN_CONSOLE_IDS = Object.keys(CONSOLE_SITES) as KnownConsoleId[];

/** Every ConsoleId as a runtime list, for validation: the registry's consoles and user-added sites. */
export const CONSOLE_IDS: readonly ConsoleId[] = [...KNOWN_CONSOLE_IDS, 'custom'];

export function isConsoleId(value: string): value is ConsoleId {
  return (CONSOLE_IDS as readonly string[]).includes(value);
}

/** The content scripts' match pattern for a registry host (consoles are https only). */
export const matchPatternOfHost = (host: string): string => `https://${host}/*`;

/** Every console host as a match pattern: both content scripts, the badge page's web_accessible_resources. */
export const CONSOLE_MATCHES: readonly string[] = KNOWN_CONSOLE_IDS.flatMap((id) => CONSOLE_SITES[id].hosts.map(matchPatternOfHost));

/** Which console a frame's host belongs to; anything else (sites the user added) is 'custom'. */
export function consoleOfHost(hostname: string): ConsoleId {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const id of KNOWN_CONSOLE_IDS) {
    if (CONSOLE_SITES[id].domains.some((domain) => host === domain || host.endsWith(`.${domain}`))) return id;
  }
  return 'custom';
}
