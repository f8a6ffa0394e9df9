import { z } from 'zod';
import type { KefuDatabase } from './database';

/**
 * Small settings of the views, one record per key in the `prefs` store, each checked by its schema on
 * read: a record that no longer fits (an older layout, a hand-edited backup) falls back to the default.
 */

export const overlayPrefsSchema = z.strictObject({
  /** Hosts where the agent hid the on-page badge (one click in the badge; shown again from the popup or options). */
  hiddenHosts: z.array(z.string().min(1).max(253)).max(1000),
  /** Top-left corner of the badge in CSS pixels of the viewport, after a drag; null = the default corner. */
  position: z.strictObject({ x: z.number().finite(), y: z.number().finite() }).nullable(),
  expanded: z.boolean(),
});
export type OverlayPrefs = z.infer<typeof overlayPrefsSchema>;

/** The side panel's team view: the shop last chosen (team-view-pref.ts reads and writes it without zod). */
export const teamViewPrefsSchema = z.strictObject({
  /** '' = every shop, ':' = agents without a shop, else a shop's name (lib/sidepanel/team-filter.ts). */
  shop: z.string().max(200),
});
export type TeamViewPrefs = z.infer<typeof teamViewPrefsSchema>;

export const PREF_SCHEMAS = {
  overlay: overlayPrefsSchema,
  teamView: teamViewPrefsSchema,
} as const;
export type PrefKey = keyof typeof PREF_SCHEMAS;
export type PrefValue<K extends PrefKey> = z.infer<(typeof PREF_SCHEMAS)[K]>;

export const PREF_DEFAULTS: { [K in PrefKey]: PrefValue<K> } = {
  overlay: { hiddenHosts: [], position: null, expanded: false },
  teamView: { shop: '' },
};

export async function readPref<K extends PrefKey>(db: KefuDatabase, key: K): Promise<PrefValue<K>> {
  const record = await db.prefs.get(key);
  const parsed = PREF_SCHEMAS[key].safeParse(record?.value);
  return parsed.success ? (parsed.data as PrefValue<K>) : PREF_DEFAULTS[key];
}

export async function writePref<K extends PrefKey>(db: KefuDatabase, key: K, value: PrefValue<K>): Promise<void> {
  await db.prefs.put({ key, value: PREF_SCHEMAS[key].parse(value) });
}
