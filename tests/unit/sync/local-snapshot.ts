import type { KefuDatabase } from '../../../lib/db';
import { allStoredValues } from '../../../lib/db/value-store';

/**
 * Everything sync touches in one browser, comparable across browsers: every value with what recorded it
 * (but not the local capture id: each browser numbers its own log), the capture log without its ids,
 * the schemes and the profiles. Sorted, so two stores holding the same compare equal.
 */
export async function localSnapshot(db: KefuDatabase) {
  const byJson = <T>(xs: T[]) => xs.map((x) => [JSON.stringify(x), x] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, x]) => x);
  const values = byJson((await allStoredValues(db)).map(({ captureId: _id, ...v }) => v));
  const captures = byJson((await db.captures.toArray()).map(({ id: _id, ...c }) => c));
  return { values, captures, schemes: byJson(await db.schemes.toArray()), profiles: byJson(await db.agents.toArray()) };
}
