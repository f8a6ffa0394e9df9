import type { KefuDatabase } from './database';
import type { TeamViewPrefs } from './prefs';

/**
 * The team view's remembered shop, read and written without zod (the side panel does not load it; see
 * settings-read.ts). The check is prefs.ts's teamViewPrefsSchema by hand: a string of at most 200
 * characters; anything else reads as "every shop".
 */
const MAX_SHOP = 200;

export async function readTeamViewPref(db: KefuDatabase): Promise<TeamViewPrefs> {
  const value = (await db.prefs.get('teamView'))?.value as Partial<TeamViewPrefs> | undefined;
  const shop = value?.shop;
  return { shop: typeof shop === 'string' && shop.length <= MAX_SHOP ? shop : '' };
}

/** Remembers the shop; a name longer than any shop's is refused with a message, never stored cut. */
export async function writeTeamViewPref(db: KefuDatabase, prefs: TeamViewPrefs): Promise<void> {
  if (prefs.shop.length > MAX_SHOP) throw new Error(`team view shop is ${prefs.shop.length} characters, at most ${MAX_SHOP} are kept`);
  await db.prefs.put({ key: 'teamView', value: { shop: prefs.shop } });
}
