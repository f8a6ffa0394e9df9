import { kpiSchemeSchema } from '../analysis';
import { issueTexts } from '../model/schemas';
import { schemeFromDraft, type DraftResult, type SchemeDraft } from './scheme-draft';

/**
 * Everything that would stop a save, before anything is written: the draft's numbers, then the stored
 * schema itself (the same zod check saveScheme runs), with zh-CN and English text and field paths.
 */
export function checkSchemeDraft(draft: SchemeDraft): DraftResult {
  const read = schemeFromDraft(draft);
  if (!read.ok) return read;
  const parsed = kpiSchemeSchema.safeParse(read.scheme, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issueTexts(parsed.error) };
  return { ok: true, scheme: parsed.data };
}
