import { z } from 'zod';

/** A validation problem as the UI shows it: where, and what, in zh-CN and English. */
export interface IssueText {
  /** `capture.rows[3].values.reply_rate`; '' for the root. */
  path: string;
  messageZh: string;
  messageEn: string;
}

/** Custom issues carry their Chinese text here, since zod's own messages are English only. */
export interface ZhParams {
  zh: string;
}

const zhLocale = z.locales.zhCN();

export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/**
 * Both languages for each issue. Parse with `reportInput: true` so zod's zh-CN locale can name the
 * received type; custom issues bring `params.zh`.
 */
export function issueTexts(error: z.ZodError, root = ''): IssueText[] {
  return error.issues.map((issue) => {
    const params = issue.code === 'custom' ? (issue.params as Partial<ZhParams> | undefined) : undefined;
    let zh = params?.zh;
    if (zh === undefined) {
      const localized = zhLocale.localeError?.(issue as unknown as Parameters<NonNullable<typeof zhLocale.localeError>>[0]);
      zh = typeof localized === 'string' ? localized : (localized?.message ?? issue.message);
    }
    return { path: formatPath(issue.path, root), messageZh: zh, messageEn: issue.message };
  });
}

/** One line for logs and message replies: `path: message; path: message (+N more)`. */
export function summarizeIssues(texts: readonly IssueText[], max = 5): string {
  const shown = texts.slice(0, max).map((t) => `${t.path || '(root)'}: ${t.messageEn}`);
  const more = texts.length > max ? ` (+${texts.length - max} more)` : '';
  return shown.join('; ') + more;
}

/** Adds a custom issue with both languages. */
export function addIssue(ctx: z.core.$RefinementCtx<unknown>, path: PropertyKey[], en: string, zh: string): void {
  ctx.addIssue({ code: 'custom', path, message: en, params: { zh } satisfies ZhParams });
}
