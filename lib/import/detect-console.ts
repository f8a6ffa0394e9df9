import type { ConsoleId } from '../capture/types';

/**
 * Which console exported a report, from what the file says about itself. First the file name (the
 * consoles name their downloads: 生意参谋…, 自定义报表… for 赤兔, 拼多多…), then the sheet names and the
 * text above the header, then marks only one console writes: 同行同层 benchmarks (生意参谋), a 延迟统计
 * row (赤兔), 成团 metrics (拼多多), 咚咚 (京东). Nothing found: 'custom' — never a guess.
 */
const BY_NAME: readonly (readonly [RegExp, ConsoleId])[] = [
  [/生意参谋|sycm/i, 'sycm'],
  [/赤兔|chitu|topchitu|自定义报表/i, 'chitu'],
  [/拼多多|pinduoduo|(?<![a-z])pdd(?![a-z])/i, 'pinduoduo'],
  [/京东|咚咚|(?<![a-z])jd(?![a-z])/i, 'jd'],
  [/千牛|qianniu/i, 'qianniu'],
  [/天猫|tmall/i, 'tmall'],
];

const BY_CONTENT: readonly (readonly [RegExp, ConsoleId])[] = [
  [/同行同层/, 'sycm'],
  [/延迟统计/, 'chitu'],
  [/成团/, 'pinduoduo'],
  [/咚咚/, 'jd'],
];

function firstMatch(text: string, rules: readonly (readonly [RegExp, ConsoleId])[]): ConsoleId | null {
  for (const [re, id] of rules) if (re.test(text)) return id;
  return null;
}

/**
 * @param fileName the file's name
 * @param titles sheet names and the text of rows above each header (titles, notes)
 * @param content header texts and row labels (and 延迟统计 cells) of the tables read
 */
export function detectConsole(fileName: string, titles: readonly string[], content: readonly string[]): ConsoleId {
  return (
    firstMatch(fileName.replace(/^.*[\\/]/, ''), BY_NAME) ??
    firstMatch(titles.join('\n'), BY_NAME) ??
    firstMatch(content.join('\n'), BY_CONTENT) ??
    'custom'
  );
}
