/**
 * The console registry: every seller console the extension knows, as data. Types, the content scripts'
 * matches, host detection, report detection, console names, the side panel's empty state, README's tables
 * and the test routing all derive from it. Adding a console = one entry here (and its hosts in lib/model/console-sites.ts),
 * its locale keys, a fixture page and tests: CONTRIBUTING.md.
 *
 * Hosts live in lib/model/console-sites.ts because that part ships in the content script; this file never does.
 * Sources: ../docs/metrics.md ("Where these tables live") and consoles.md.
 */
import type { PlainKey } from '../model';
import { CONSOLE_SITES, type ConsoleSite, type KnownConsoleId } from '../model';

/** Text for the docs (README), not for the extension's UI: that text is in lib/i18n/locales. */
export interface DocText {
  readonly zh: string;
  readonly en: string;
}

/** A word in an exported file that only this console writes; a list needs all its parts (each alone is too common). */
export type ReportMark = RegExp | readonly RegExp[];

export interface ReportSignature {
  /** The console's own download names, tested on the file's name, then on sheet names and the text above a header. */
  readonly names: readonly RegExp[];
  /** Marks in header texts, row labels, the first cells and sheet names, when neither name nor titles told. */
  readonly marks: readonly ReportMark[];
  /**
   * Platform words that other consoles' files carry too (a 赤兔 report of a shop called …天猫旗舰店):
   * these names are tried after every specific console's.
   */
  readonly generic?: boolean;
  /** Real examples (docs/consoles.md): the registry test checks that each is detected as this console. */
  readonly examples: {
    readonly fileNames: readonly string[];
    /** Sheet names / titles and the header texts or cells of a file whose name says nothing. */
    readonly contents: readonly { readonly titles: readonly string[]; readonly content: readonly string[] }[];
  };
}

export interface ConsoleEntry extends ConsoleSite {
  readonly id: KnownConsoleId;
  /** Locale key of the console's name (public/_locales). */
  readonly nameKey: PlainKey;
  /** Where the comparison tables are, as host + path (README; each must fall under one of `hosts`). */
  readonly pages: readonly string[];
  /** What the side panel tells a user with no data yet: the menu path (locale key) and the host to open. */
  readonly emptyState: { readonly pathKey: PlainKey; readonly host: string } | null;
  /** Which tables are read (README). */
  readonly reads: DocText;
  /** The component library of the tables, for fixture and capture authors; `inferred` = no source shows it. */
  readonly tableLibrary: DocText & { readonly inferred?: boolean };
  readonly report: ReportSignature;
}

const entry = <Id extends KnownConsoleId>(id: Id, rest: Omit<ConsoleEntry, 'id' | keyof ConsoleSite>): ConsoleEntry => ({
  id,
  ...CONSOLE_SITES[id],
  ...rest,
});

/** The locale key of sites the user added (`custom`), which have no entry. */
export const CUSTOM_CONSOLE_NAME_KEY: PlainKey = 'consoleCustom';

/** In the order the side panel and README list them. */
export const CONSOLES: readonly ConsoleEntry[] = [
  entry('sycm', {
    nameKey: 'consoleSycm',
    pages: [
      'sycm.taobao.com/qos/service/frame/performance/detail/new',
      'sycm.taobao.com/qos/service/frame/customer/performance/new',
      'sycm.taobao.com/qos/service/core_monitor/new',
      'sycm.taobao.com/qos/service/self_made_report',
    ],
    emptyState: { pathKey: 'spEmptySycmPath', host: 'sycm.taobao.com' },
    reads: {
      zh: '服务 › 客服绩效 / 客服对比 / 销售能力对比的客服表，汇总值、平均值、同行同层均值行',
      en: 'the per-agent tables of 服务 › 客服绩效 (agent performance, comparison, sales); total, average and peer rows',
    },
    tableLibrary: { zh: 'antd（`oui-*` 包裹的 `ant-table`）', en: 'antd (`oui-*` wrappers over `ant-table`)' },
    report: {
      names: [/生意参谋|sycm/i, /客服绩效-业绩分析-/],
      // 延时统计 is 生意参谋's not-yet-computed value (赤兔 writes 延迟统计); 旺旺类型 = 售前/售后.
      marks: [/同行同层/, /旺旺类型/, /延时统计/],
      examples: {
        fileNames: ['客服绩效-业绩分析-汇总分析_20260601_20260601_全部.xlsx', '生意参谋_客服绩效_20261120_20261126.xlsx'],
        contents: [
          { titles: ['Sheet1'], content: ['旺旺昵称', '咨询人数', '销售额', '旺旺类型', '售前'] },
          { titles: [], content: ['旺旺昵称', '咨询人数', '延时统计'] },
          { titles: ['客服绩效'], content: ['客服昵称', '同行同层均值'] },
        ],
      },
    },
  }),
  entry('qianniu', {
    nameKey: 'consoleQianniu',
    pages: ['myseller.taobao.com/home.htm/op-sycm-svc/overview'],
    emptyState: { pathKey: 'spEmptyQianniuPath', host: 'myseller.taobao.com' },
    reads: {
      zh: '千牛工作台里嵌入的生意参谋客服绩效表（应用在 iframe 里）；每次最多勾选 6 项指标，换一组指标再读一次',
      en: 'the 生意参谋 agent table embedded in the Qianniu workbench (apps live in iframes); at most 6 ticked metrics at a time, each set read as it shows',
    },
    tableLibrary: { zh: '普通 `<table>`，指标用复选框勾选', en: 'plain `<table>`, metrics chosen with checkboxes' },
    report: {
      // 千牛's 客服绩效 download is 生意参谋's (客服绩效-业绩分析-…): detected as sycm.
      names: [/千牛|qianniu/i],
      marks: [],
      generic: true,
      examples: { fileNames: ['千牛客服数据.xlsx'], contents: [] },
    },
  }),
  entry('chitu', {
    nameKey: 'consoleChitu',
    pages: ['*.topchitu.com/web/custom-kpi/employee-kpi?id=…&wwt=ALL', '*.topchitu.com/web/custom-kpi/shop-kpi?id=…'],
    emptyState: { pathKey: 'spEmptyChituPath', host: 'topchitu.com' },
    reads: {
      zh: '自定义 KPI 报表（日 / 周 / 月），汇总、均值行；`延迟统计` 记为缺失',
      en: 'custom KPI reports (day / week / month) with their 汇总 and 均值 rows; `延迟统计` is stored as missing',
    },
    tableLibrary: { zh: 'antd 4（CSS modules）', en: 'antd 4 (CSS modules)' },
    report: {
      names: [/赤兔|chitu|topchitu|自定义报表/i],
      marks: [/延迟统计/],
      examples: {
        fileNames: ['自定义报表_客服KPI_下单优先判定_2026-06-01至2026-06-07.xlsx', '自定义报表_旗舰店_2026-11-01至2026-11-07.xlsx'],
        contents: [{ titles: [], content: ['客服昵称', '接待人数', '延迟统计'] }],
      },
    },
  }),
  entry('tmall', {
    nameKey: 'consoleTmall',
    pages: [],
    emptyState: null,
    reads: { zh: '天猫商家后台里的客服对比表', en: 'agent comparison tables in Tmall seller back-ends' },
    tableLibrary: { zh: '不限（按通用对比表读取）', en: 'any (read like every comparison table)' },
    report: { names: [/天猫|tmall/i], marks: [], generic: true, examples: { fileNames: ['天猫客服日报.xlsx'], contents: [] } },
  }),
  entry('pinduoduo', {
    nameKey: 'consolePinduoduo',
    pages: ['mms.pinduoduo.com/mms-chat/overview/service', 'mms.pinduoduo.com/mms-chat/overview/marketing', 'mms.pinduoduo.com/mms-chat/overview/merchant'],
    emptyState: { pathKey: 'spEmptyPddPath', host: 'mms.pinduoduo.com' },
    reads: {
      zh: '多多客服 › 客服数据：服务、销售（T-3 起才有）、客服绩效表',
      en: 'the customer-service data pages: service, sales (available from T-3) and agent performance',
    },
    tableLibrary: { zh: '拼多多自研 beast-core（`data-testid="beast-core-…"`）', en: 'PDD\'s own beast-core (`data-testid="beast-core-…"`)' },
    report: {
      names: [/拼多多|pinduoduo|(?<![a-z])pdd(?![a-z])/i, /客服_销售数据/],
      // Sheet0 alone is any Java back-end's default sheet name, 客服账号 alone a common header: together, PDD's 下载表单.
      marks: [/成团/, [/^Sheet0$/m, /^客服账号$/m]],
      examples: {
        fileNames: ['客服_销售数据.xlsx', '拼多多客服数据_2026-11-25.csv', 'PDD_kefu.csv'],
        contents: [
          { titles: ['Sheet0'], content: ['客服账号', '去退销售额（元）', '询单人数', '客服服务分'] },
          { titles: [], content: ['客服账号', '最终成团人数'] },
        ],
      },
    },
  }),
  entry('jd', {
    nameKey: 'consoleJd',
    pages: ['xi.jd.com/customerassistant/filterCustomer.html?menu=waiterPerson&content=workload'],
    emptyState: { pathKey: 'spEmptyJdPath', host: 'xi.jd.com' },
    reads: {
      zh: '咚咚客服工作量 / 绩效表（页面在 xi.jd.com，数据来自 kf.jd.com），合计、平均行',
      en: 'the 咚咚 agent workload / performance table (page on xi.jd.com, data from kf.jd.com) with its total and average rows',
    },
    tableLibrary: { zh: '普通 `<table>` 或 ARIA 表格', en: 'plain `<table>` or ARIA grid' },
    report: {
      names: [/京东|咚咚|(?<![a-z])jd(?![a-z])/i, /客服_服务工作量/],
      marks: [/咚咚/],
      examples: {
        fileNames: ['客服_服务工作量.xlsx', '京东咚咚客服绩效.xlsx'],
        contents: [
          { titles: ['客服_服务工作量'], content: ['咨询量', '接待量', '30s应答率'] },
          { titles: [], content: ['客服', '咨询量', '咚咚'] },
        ],
      },
    },
  }),
  entry('doudian', {
    nameKey: 'consoleDoudian',
    pages: ['im.jinritemai.com/pc_seller_v2/main/data/customerService/index'],
    emptyState: { pathKey: 'spEmptyDoudianPath', host: 'im.jinritemai.com' },
    reads: {
      zh: '飞鸽 › 客服数据的客服表现表，店铺汇总值、店铺平均值行',
      en: 'the 飞鸽 (Feige) agent performance table of 客服数据, with its shop total and shop average rows',
    },
    tableLibrary: { zh: 'Semi Design 或 Arco，真实 `<table>`，固定列用 sticky', en: 'Semi Design or Arco, real `<table>` with sticky columns', inferred: true },
    report: {
      names: [/抖店|飞鸽|doudian|jinritemai/i],
      // 账号名称 alone is a common header; beside 客服昵称 it is the 飞鸽 per-agent export.
      marks: [/店铺汇总值|店铺平均值/, /人工已接待/, [/^账号名称$/m, /^客服昵称$/m]],
      examples: {
        fileNames: ['飞鸽_客服表现.xlsx'],
        contents: [
          { titles: ['Sheet1'], content: ['客服昵称', '已接待人数', '全天满意率', '店铺汇总值', '店铺平均值'] },
          { titles: [], content: ['客服昵称', '账号名称', '满意率', '询单人数'] },
        ],
      },
    },
  }),
];

const BY_ID = new Map(CONSOLES.map((c) => [c.id, c]));

export function consoleEntry(id: KnownConsoleId): ConsoleEntry {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`console ${id} has no registry entry`);
  return found;
}
