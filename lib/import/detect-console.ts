import type { ConsoleId } from '../model';
import { CONSOLES, type ConsoleEntry, type ReportMark } from '../consoles';

/**
 * Which console exported a report, from what the file says about itself, with the console registry's
 * report signatures. First the file name (the consoles name their downloads: 客服绩效-业绩分析-… for
 * 生意参谋, 自定义报表_… for 赤兔, 客服_销售数据 for 拼多多 …), then the sheet names and the text above the
 * header, then marks only one console writes (同行同层, 延迟统计, 成团, 咚咚, 店铺汇总值 …).
 * Nothing found: 'custom' — never a guess.
 */

// Platform words (千牛, 天猫) also appear in other consoles' files, in shop names: those come last.
const BY_SPECIFICITY: readonly ConsoleEntry[] = [...CONSOLES.filter((c) => !c.report.generic), ...CONSOLES.filter((c) => c.report.generic)];

function byName(text: string): ConsoleId | null {
  return BY_SPECIFICITY.find((c) => c.report.names.some((re) => re.test(text)))?.id ?? null;
}

const markFound = (mark: ReportMark, text: string): boolean => (mark instanceof RegExp ? mark.test(text) : mark.every((part) => part.test(text)));

function byMarks(text: string): ConsoleId | null {
  return BY_SPECIFICITY.find((c) => c.report.marks.some((mark) => markFound(mark, text)))?.id ?? null;
}

/**
 * @param fileName the file's name
 * @param titles sheet names and the text of rows above each header (titles, notes)
 * @param content header texts and row labels (and the first cells, where 延迟统计 shows) of the tables read
 */
export function detectConsole(fileName: string, titles: readonly string[], content: readonly string[]): ConsoleId {
  return (
    byName(fileName.replace(/^.*[\\/]/, '')) ??
    byName(titles.join('\n')) ??
    // Sheet names count as marks too: PDD's Sheet0 beside a 客服账号 header.
    byMarks([...content, ...titles].join('\n')) ??
    'custom'
  );
}
