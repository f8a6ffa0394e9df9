import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueTexts } from '../../../lib/model/schemas/issue-text';
import { bilingual } from '../support/words';

/** The first issue of a refused value, worded in both languages. */
function wordsOf(schema: z.ZodType, value: unknown): { path: string; zh: string; en: string } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected a refusal');
  const issue = issueTexts(result.error)[0]!;
  return { path: issue.path, ...bilingual(issue.message) };
}

describe("zod's own issues become message codes, worded per locale", () => {
  it.each([
    ['a wrong type', z.object({ n: z.number() }), { n: '9' }, { path: 'n', zh: '应为 number，实际为 string', en: 'expected number, received string' }],
    ['a missing field', z.object({ n: z.number() }), {}, { path: 'n', zh: '应为 number，实际为 undefined', en: 'expected number, received undefined' }],
    ['null for a string', z.string(), null, { path: '', zh: '应为 string，实际为 null', en: 'expected string, received null' }],
    ['a long string', z.string().max(3), 'abcd', { path: '', zh: '最多 3 个字符', en: 'at most 3 characters' }],
    ['an empty string', z.string().min(1), '', { path: '', zh: '至少 1 个字符', en: 'at least 1 characters' }],
    ['a long list', z.array(z.number()).max(2), [1, 2, 3], { path: '', zh: '最多 2 项', en: 'at most 2 items' }],
    ['a big number', z.number().max(100), 101, { path: '', zh: '应不大于 100', en: 'must be at most 100' }],
    ['a number not above 0', z.number().positive(), 0, { path: '', zh: '应大于 0', en: 'must be greater than 0' }],
    ['another option', z.enum(['presale', 'aftersale']), 'manager', { path: '', zh: '应为以下之一："presale", "aftersale"', en: 'expected one of: "presale", "aftersale"' }],
    ['an extra key', z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 }, { path: '', zh: '有未知字段：b, c', en: 'unknown fields: b, c' }],
    ['a bad e-mail', z.email(), 'x', { path: '', zh: '格式无效（应为 email）', en: 'invalid format (expected email)' }],
  ])('%s', (_name, schema, value, expected) => {
    expect(wordsOf(schema, value)).toEqual(expected);
  });

  it('names the issue code for the rare kinds it has no own words for', () => {
    expect(wordsOf(z.number().multipleOf(5), 7)).toEqual({ path: '', zh: '无效（not_multiple_of）', en: 'invalid (not_multiple_of)' });
  });
});
