import type { Unit } from '../model';
import type { Bilingual } from './types';
import { MAX_REPORT_FILE_BYTES } from './limits';

/**
 * Every message of the report-file import, in both languages. They live in lib (not in _locales)
 * because they are built with file names and numbers and travel inside the preview as data.
 */

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const LIMIT_MB = Math.round(MAX_REPORT_FILE_BYTES / 1024 / 1024);

export const fileMessages = {
  tooBig: (name: string, size: number): Bilingual => ({
    zh: `“${name}” 有 ${mb(size)} MB，超过 ${LIMIT_MB} MB 的上限，未读取。请在后台按较短的时间段分批导出。`,
    en: `“${name}” is ${mb(size)} MB, over the ${LIMIT_MB} MB limit, and was not read. Export shorter periods from the console.`,
  }),
  notSpreadsheet: (name: string): Bilingual => ({
    zh: `“${name}” 不是表格文件。请选择后台导出的 .xlsx、.xls 或 .csv 文件。`,
    en: `“${name}” is not a spreadsheet. Choose an .xlsx, .xls or .csv file exported from the console.`,
  }),
  corrupt: (name: string): Bilingual => ({
    zh: `“${name}” 已损坏（压缩包不完整或格式错误），无法读取。请重新下载该文件。`,
    en: `“${name}” is damaged (an incomplete or broken archive) and cannot be read. Download it again.`,
  }),
  empty: (name: string): Bilingual => ({
    zh: `“${name}” 是空的：没有任何单元格有内容。`,
    en: `“${name}” is empty: no cell holds anything.`,
  }),
  noAgentTable: (name: string): Bilingual => ({
    zh: `“${name}” 中没有客服数据表：需要一列客服（如 客服昵称、旺旺昵称、子账号）和至少两列可识别的指标。`,
    en: `No agent table in “${name}”: it needs an agent column (such as 客服昵称, 旺旺昵称, 子账号) and at least two recognised metric columns.`,
  }),
};

export const sheetMessages = {
  empty: { zh: '空白工作表', en: 'empty sheet' } satisfies Bilingual,
  noAgentTable: { zh: '没有客服数据表（需要客服列和至少两列指标）', en: 'no agent table (needs an agent column and two metric columns)' } satisfies Bilingual,
  noRows: { zh: '表头下没有客服数据行', en: 'no agent rows under the header' } satisfies Bilingual,
};

/** parseCell's reasons (lib/metrics/parse-value.ts, English) per unit, with their Chinese. */
const CELL_REASON_ZH: Readonly<Record<Unit, string>> = {
  percent: '不是百分比（应为如 45.67% 或 0.4567）',
  seconds: '不是以秒计的时间（应为如 12.5、12.5秒、1分20秒 或 00:01:20）',
  duration: '不是时长（应为如 8小时32分、8.5小时 或 08:32:10）',
  yuan: '不是金额（应为如 ¥1,234.50 或 1.2万）',
  count: '不是数量（应为如 1,234 或 1.2万）',
  ratio: '不是比值（应为如 1.35 或 1:1.35）',
};

export const cellMessages = {
  invalidValue: (unit: Unit, en: string): Bilingual => ({
    zh: en.includes('zero base') ? '比值的基数为 0（应为如 1:1.35）' : CELL_REASON_ZH[unit],
    en: `${en}; stored as missing`,
  }),
  invalidDate: { zh: '不是日期，此行未导入', en: 'not a date; row not imported' } satisfies Bilingual,
  futureDate: (today: string): Bilingual => ({ zh: `日期晚于今天（${today}），此行未导入`, en: `date after today (${today}); row not imported` }),
  labelTooLong: (max: number): Bilingual => ({ zh: `名称超过 ${max} 个字符，此行未导入`, en: `name longer than ${max} characters; row not imported` }),
};

export const applyMessages = {
  periodNeeded: (file: string, sheet: string): Bilingual => ({
    zh: `请填写“${file}”中工作表“${sheet}”的统计周期：文件里没有日期列，文件名也没有写周期。`,
    en: `Enter the period of sheet “${sheet}” in “${file}”: it has no date column and the file name states no period.`,
  }),
  badPeriod: (file: string, sheet: string, problem: Bilingual): Bilingual => ({
    zh: `“${file}”工作表“${sheet}”的统计周期有误：${problem.zh}`,
    en: `The period of sheet “${sheet}” in “${file}” is wrong: ${problem.en}`,
  }),
  writeFailed: (detail: string): Bilingual => ({
    zh: `写入失败，已保存的数据未改变：${detail}`,
    en: `Writing failed; the stored data is unchanged: ${detail}`,
  }),
};
