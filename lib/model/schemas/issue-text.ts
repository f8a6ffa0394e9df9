import type { z } from 'zod';
import { isText, type Text } from '../text';
import { zodIssueText } from './zod-issue-text';

/** A validation problem as the UI shows it: where, and what (a message code the views word). */
export interface IssueText {
  /** `capture.rows[3].values.reply_rate`; '' for the root. */
  path: string;
  message: Text;
}

/** Custom issues carry their message code here; zod's own issues are mapped by zodIssueText. */
interface TextParams {
  text: Text;
}

export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** Each issue with its path and message code. Parse with `reportInput: true` so a type issue can name what it received. */
export function issueTexts(error: z.ZodError, root = ''): IssueText[] {
  return error.issues.map((issue) => {
    const custom = issue.code === 'custom' ? (issue.params as Partial<TextParams> | undefined)?.text : undefined;
    return { path: formatPath(issue.path, root), message: isText(custom) ? custom : zodIssueText(issue) };
  });
}

/** One line for logs and message replies: `path: message; path: message (+N more)`, worded by `say`. */
export function summarizeIssues(texts: readonly IssueText[], say: (message: Text) => string, max = 5): string {
  const shown = texts.slice(0, max).map((t) => `${t.path || '(root)'}: ${say(t.message)}`);
  const more = texts.length > max ? ` (+${texts.length - max} more)` : '';
  return shown.join('; ') + more;
}

/** Adds a custom issue with its message code (zod's `message` keeps the key, for zod's own printing). */
export function addIssue(ctx: z.core.$RefinementCtx<unknown>, path: PropertyKey[], message: Text): void {
  ctx.addIssue({ code: 'custom', path, message: message.key, params: { text: message } satisfies TextParams });
}
