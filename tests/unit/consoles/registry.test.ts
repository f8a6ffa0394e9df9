import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { CONSOLE_IDS } from '../../../lib/model/console-sites';
import { consoleIdSchema } from '../../../lib/model/schemas/console-id-schema';
import { CONSOLE_MATCHES, CONSOLE_SITES, CONSOLES, CUSTOM_CONSOLE_NAME_KEY, KNOWN_CONSOLE_IDS, consoleOfHost, matchPatternOfHost, type ConsoleId } from '../../../lib/consoles';
import { detectConsole } from '../../../lib/import/detect-console';
import { chromeMessages } from '../../tools/locale-files';

const ROOT = path.resolve(__dirname, '../../..');
const LOCALES = { zh_CN: await chromeMessages('zh_CN'), en: await chromeMessages('en') };

/** Hosts a frame may really have under a registry host: `*.topchitu.com` → topchitu.com and kf.topchitu.com. */
const exampleHosts = (host: string): string[] => (host.startsWith('*.') ? [host.slice(2), `kf.${host.slice(2)}`] : [host]);

describe('console registry', () => {
  it('has every ConsoleId once, and custom for user sites only', () => {
    const ids = CONSOLES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...KNOWN_CONSOLE_IDS].sort());
    expect([...CONSOLE_IDS].sort()).toEqual([...KNOWN_CONSOLE_IDS, 'custom'].sort());
    for (const id of CONSOLE_IDS) expect(consoleIdSchema.parse(id)).toBe(id);
    expect(consoleIdSchema.safeParse('douyin').success).toBe(false);
    for (const c of CONSOLES) expect(c.hosts, c.id).toEqual(CONSOLE_SITES[c.id].hosts);
  });

  it.each(CONSOLES.flatMap((c) => c.hosts.map((host) => [c.id, host] as const)))('%s: %s is a valid match pattern that matches the host, which consoleOfHost detects', (id, host) => {
    const pattern = matchPatternOfHost(host);
    expect(pattern).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\*$/);
    const matcher = new MatchPattern(pattern); // throws on a pattern Chrome would refuse
    for (const example of exampleHosts(host)) {
      expect(matcher.includes(`https://${example}/some/page?x=1`), example).toBe(true);
      expect(consoleOfHost(example)).toBe(id);
      expect(consoleOfHost(example.toUpperCase())).toBe(id);
    }
  });

  it('lists each match pattern once, and every console has one', () => {
    expect(new Set(CONSOLE_MATCHES).size).toBe(CONSOLE_MATCHES.length);
    for (const c of CONSOLES) expect(c.hosts.length, c.id).toBeGreaterThan(0);
  });

  it.each(['evil-topchitu.com', 'topchitu.com.evil.cn', 'evil-jd.com', 'nottaobao.com', 'taobao.com', 'jinritemai.com.cn', 'radar.example.com', 'mms.pinduoduo.com.example.net'])(
    '%s belongs to no console, and no match pattern covers it',
    (host) => {
      expect(consoleOfHost(host)).toBe('custom');
      for (const pattern of CONSOLE_MATCHES) expect(new MatchPattern(pattern).includes(`https://${host}/`), pattern).toBe(false);
    },
  );

  it('keeps every page and empty-state host under the console’s own hosts', () => {
    for (const c of CONSOLES) {
      const patterns = c.hosts.map((host) => new MatchPattern(matchPatternOfHost(host)));
      const urls = [...c.pages.map((page) => `https://${page.replace(/^\*\./, 'kf.')}`), ...(c.emptyState ? [`https://${c.emptyState.host}/`] : [])];
      for (const url of urls) {
        expect(patterns.some((p) => p.includes(url)), url).toBe(true);
        expect(consoleOfHost(new URL(url).hostname), url).toBe(c.id);
      }
    }
  });

  it('names every locale key it uses in both locales', () => {
    const keys = [CUSTOM_CONSOLE_NAME_KEY, ...CONSOLES.flatMap((c) => [c.nameKey, ...(c.emptyState ? [c.emptyState.pathKey] : [])])];
    for (const [name, messages] of Object.entries(LOCALES)) {
      for (const key of keys) expect(messages[key]?.message.trim(), `${name}: ${key}`).toBeTruthy();
    }
  });

  it('has report rules without g/y flags (a stateful RegExp would skip every second file)', () => {
    const rules = CONSOLES.flatMap((c) => [...c.report.names, ...c.report.marks.flat()]);
    for (const re of rules) expect(re.flags, String(re)).not.toMatch(/[gy]/);
  });

  it.each(CONSOLES.flatMap((c) => c.report.examples.fileNames.map((name) => [c.id, name] as const)))('%s: the file name %s is detected', (id, name) => {
    expect(detectConsole(name, [], [])).toBe(id);
    expect(detectConsole(`C:\\Users\\kefu\\Downloads\\${name}`, [], [])).toBe(id);
  });

  it.each(CONSOLES.flatMap((c) => c.report.examples.contents.map((example) => [c.id, example] as const)))('%s: a file named report.xlsx with %j is detected', (id, { titles, content }) => {
    expect(detectConsole('report.xlsx', titles, content)).toBe(id);
  });

  it.each([
    ['.output/chrome-mv3/manifest.json'],
    ['.output/firefox-mv2/manifest.json'],
  ])('the built %s (when present) declares exactly the registry’s matches', (file) => {
    const manifestPath = path.join(ROOT, file);
    if (!existsSync(manifestPath)) return;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      content_scripts: { matches: string[] }[];
      web_accessible_resources: ({ matches?: string[] } | string)[];
    };
    const want = [...CONSOLE_MATCHES].sort();
    expect(manifest.content_scripts).toHaveLength(2);
    for (const script of manifest.content_scripts) expect([...script.matches].sort()).toEqual(want);
    // MV3 lists the badge page's matches: the consoles' and the user sites' http(s); MV2 lists plain paths.
    for (const resource of manifest.web_accessible_resources) {
      if (typeof resource === 'string') continue;
      expect([...(resource.matches ?? [])].filter((m) => !m.startsWith('http://*') && !m.startsWith('https://*/')).sort()).toEqual(want);
    }
  });
});

describe('consoleOfHost edge cases', () => {
  it.each([
    ['sycm.taobao.com.', 'sycm'], // a fully qualified name with its root dot
    ['shop123.tmall.com', 'tmall'],
    ['sz.jd.com', 'jd'], // another JD back-end the user added stays JD data
    ['pigeon.jinritemai.com', 'doudian'],
    ['www.taobao.com', 'custom'],
  ] as [string, ConsoleId][])('%s → %s', (host, id) => expect(consoleOfHost(host)).toBe(id));
});
