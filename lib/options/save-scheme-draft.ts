import { type KefuDatabase, saveScheme, type SaveSettingResult } from '../db';
import { checkSchemeDraft } from './check-scheme-draft';
import type { SchemeDraft } from './scheme-draft';

/**
 * The editor's "保存": the draft's numbers read back into canonical units, then stored through
 * saveScheme, which checks the schema again. Any problem comes back with its field path; then nothing
 * is written.
 */
export async function saveSchemeDraft(db: KefuDatabase, draft: SchemeDraft): Promise<SaveSettingResult> {
  const checked = checkSchemeDraft(draft);
  if (!checked.ok) return checked;
  return saveScheme(db, checked.scheme);
}
