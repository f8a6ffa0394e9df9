import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import i18nModule from '@wxt-dev/i18n/module';
import { DEFAULT_LOCALE, LOCALES_DIR, localeFiles, parsedMessages, type ParsedMessages } from '../../tools/locale-files';

type Parsed = ParsedMessages[number];
const keyOf = (m: Parsed): string => m.key.join('.');
const isPredefined = (m: Parsed): boolean => keyOf(m).startsWith('@@');
const formsOf = (m: Parsed): string[] => (m.type === 'plural' ? Object.values(m.plurals) : [m.message]);

/** What a translation must agree on with the default locale, key by key. */
function shape(m: Parsed) {
  // A plural's count is $1 even where a language leaves it out (zh 「等」 for "and $1 more").
  const subs = m.type === 'plural' ? Math.max(1, m.substitutions) : m.substitutions;
  return { plural: m.type === 'plural', substitutions: subs, named: [...m.namedSubstitutions].sort() };
}

const locales = localeFiles();
const byLocale = new Map(await Promise.all(locales.map(async ({ locale }) => [locale, (await parsedMessages(locale)).filter((m) => !isPredefined(m))] as const)));
const defaults = byLocale.get(DEFAULT_LOCALE)!;

describe('locale files (lib/i18n/locales)', () => {
  it('are discovered from the folder: the default (zh_CN) and English at least, each a Chrome locale', () => {
    expect(locales.map((l) => l.locale)).toEqual(expect.arrayContaining(['zh_CN', 'en']));
    for (const { locale } of locales) expect(locale).toMatch(/^[a-z]{2,3}(_[A-Z]{2}|_419)?$/);
  });

  it('keep the manifest name and description', () => {
    for (const messages of byLocale.values()) {
      expect(messages.map(keyOf)).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    }
  });

  it.each(locales.filter((l) => l.locale !== DEFAULT_LOCALE).map((l) => l.locale))('%s has every key of zh_CN and no other', (locale) => {
    expect(byLocale.get(locale)!.map(keyOf).sort()).toEqual(defaults.map(keyOf).sort());
  });

  it.each(locales.filter((l) => l.locale !== DEFAULT_LOCALE).map((l) => l.locale))('%s has the same substitutions and plural keys as zh_CN', (locale) => {
    const other = new Map(byLocale.get(locale)!.map((m) => [keyOf(m), m]));
    for (const m of defaults) {
      const o = other.get(keyOf(m));
      if (o) expect(shape(o), `${locale} ${keyOf(m)}`).toEqual(shape(m));
    }
  });

  it.each(locales.map((l) => l.locale))('%s: no empty message, and each plural has an n form', (locale) => {
    for (const m of byLocale.get(locale)!) {
      const forms = formsOf(m);
      for (const text of forms) expect(text.trim(), `${locale} ${keyOf(m)}`).not.toBe('');
      if (m.type === 'plural') {
        expect(Object.keys(m.plurals), `${locale} ${keyOf(m)}`).toContain('n');
        for (const text of forms) expect(text, `${locale} ${keyOf(m)}`).not.toContain(' | ');
      }
    }
  });

  it('English says 1 thing and 2 things: every English plural has a form for 1', () => {
    for (const m of byLocale.get('en')!) if (m.type === 'plural') expect(Object.keys(m.plurals), keyOf(m)).toContain('1');
  });
});

describe('adding a language is adding a file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kefu-locales-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the i18n module builds _locales for every file in the folder, a new one included', async () => {
    for (const name of readdirSync(LOCALES_DIR)) copyFileSync(path.join(LOCALES_DIR, name), path.join(dir, name));
    copyFileSync(path.join(LOCALES_DIR, 'en.yml'), path.join(dir, 'de.yml'));

    // The module as WXT runs it (wxt.config.ts passes localesDir), with a stand-in for WXT.
    const hooks = new Map<string, ((...args: unknown[]) => unknown)[]>();
    const wxt = {
      config: { manifest: { default_locale: DEFAULT_LOCALE }, srcDir: dir, wxtDir: dir, outDir: dir, root: dir, command: 'build', alias: {} },
      logger: { info: () => {}, warn: () => {}, error: () => {}, success: () => {} },
      hooks: { hook: (name: string, fn: (...args: unknown[]) => unknown) => hooks.set(name, [...(hooks.get(name) ?? []), fn]), hookOnce: () => {} },
    };
    await (i18nModule as unknown as { setup: (wxt: unknown, options: unknown) => Promise<void> }).setup(wxt, { localesDir: dir });
    const assets: { relativeDest: string; contents: string }[] = [];
    for (const fn of hooks.get('build:publicAssets') ?? []) await fn(wxt, assets);

    const built = assets.map((a) => a.relativeDest.split(path.sep).join('/')).sort();
    expect(built).toEqual([...localeFiles().map((l) => l.locale), 'de'].sort().map((l) => `_locales/${l}/messages.json`));
    const de = JSON.parse(assets.find((a) => a.relativeDest.includes(`${path.sep}de${path.sep}`))!.contents);
    expect(de.extName.message).toBe('Agent Benchmark Keeper');
    expect(de.importReportAndMore.message).toBe('and 1 more | and $1 more');
  });
});
