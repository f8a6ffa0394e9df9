import { describe, expect, it } from 'vitest';
import { localeOf } from '../../tools/fake-i18n';
import { chromeMessages } from '../../tools/locale-files';
import { leanT } from '../../../lib/i18n/lean-translate';

// The content scripts' t must say exactly what the module's t says, for every key, count and language.
describe.each(['zh_CN', 'en'])('leanT in %s', (locale) => {
  it('answers like @wxt-dev/i18n for every key, with and without counts and substitutions', async () => {
    const { t } = await localeOf(locale);
    const keys = Object.keys(await chromeMessages(locale));
    expect(keys.length).toBeGreaterThan(300);
    const call = (fn: typeof t, key: string, ...args: unknown[]) => (fn as unknown as (k: string, ...a: unknown[]) => string)(key, ...args);
    for (const key of keys) {
      expect(call(leanT, key), key).toBe(call(t, key));
      expect(call(leanT, key, ['甲', 'B', 'c3']), key).toBe(call(t, key, ['甲', 'B', 'c3']));
      for (const n of [0, 1, 2, 7]) {
        expect(call(leanT, key, n), `${key} ${n}`).toBe(call(t, key, n));
        expect(call(leanT, key, n, ['x', n]), `${key} ${n} with substitutions`).toBe(call(t, key, n, ['x', n]));
      }
    }
  });

  it('picks the English plural forms', async () => {
    await localeOf(locale);
    if (locale === 'en') {
      expect(leanT('toastSavedAgents', 1)).toBe('Saved 1 agent');
      expect(leanT('toastSavedAgents', 4)).toBe('Saved 4 agents');
    } else expect(leanT('toastSavedAgents', 4)).toContain('4');
  });
});
