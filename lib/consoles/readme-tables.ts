/**
 * README's supported-consoles and permissions tables, zh (README.md) and en (README.en.md), rendered from the console registry.
 * `npm run docs:consoles` writes them between their marker comments; tests/unit/consoles/readme.test.ts
 * fails when README differs from what this renders.
 */
import { CONSOLES, type ConsoleEntry } from './registry';

export type Lang = 'zh' | 'en';
/** _locales/<locale>/messages.json as built from lib/i18n/locales, by README language. */
export type LocaleMessages = Record<Lang, Record<string, { message: string }>>;

const code = (text: string): string => `\`${text}\``;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function message(locales: LocaleMessages, lang: Lang, key: string): string {
  const found = locales[lang][key]?.message;
  if (!found) throw new Error(`locale key ${key} is missing in ${lang === 'zh' ? 'zh_CN' : 'en'}`);
  return found;
}

const WORDS = {
  zh: {
    consolesHead: '| 控制台 | 域名 | 页面 | 读取内容 |',
    listJoin: '、',
    tables: '表格组件：',
    inferred: '（推测）',
    noPage: '卖家后台里的客服对比页面',
    permissionsHead: '| 权限 | 原因 |',
  },
  en: {
    consolesHead: '| console | hosts | pages | what is read |',
    listJoin: ', ',
    tables: 'Tables: ',
    inferred: ' (inferred)',
    noPage: 'agent comparison pages of the seller back-ends',
    permissionsHead: '| permission | why |',
  },
} as const;

function consoleRow(c: ConsoleEntry, lang: Lang, locales: LocaleMessages): string {
  const w = WORDS[lang];
  const urls = c.pages.map(code).join('<br>');
  const menu = c.emptyState ? message(locales, lang, c.emptyState.pathKey) : null;
  const pages = c.pages.length === 0 ? w.noPage : menu ? `${menu}<br>${urls}` : urls;
  const library = `${w.tables}${c.tableLibrary[lang]}${c.tableLibrary.inferred ? w.inferred : ''}`;
  const reads = `${c.reads[lang]}${lang === 'zh' ? '。' : '. '}${library}`;
  return `| ${[message(locales, lang, c.nameKey), c.hosts.map(code).join(w.listJoin), pages, reads].map(cell).join(' | ')} |`;
}

export function consolesTable(lang: Lang, locales: LocaleMessages): string {
  return [WORDS[lang].consolesHead, '|---|---|---|---|', ...CONSOLES.map((c) => consoleRow(c, lang, locales))].join('\n');
}

/** Every host the content scripts are declared on, in registry order. */
const allHosts = (lang: Lang): string => CONSOLES.flatMap((c) => c.hosts).map(code).join(WORDS[lang].listJoin);

/** The manifest's permissions and why (wxt.config.ts); the content-script rows list the registry's hosts. */
function permissionRows(lang: Lang): [string, string][] {
  if (lang === 'zh') {
    return [
      [`内容脚本，限定默认域名：${allHosts(lang)}（所有框架，含 about:blank / srcdoc 框架）`, '在这些客服后台里找到客服对比表格并读取。千牛的应用在 iframe 里，所以需要所有框架。只读取，不修改页面。'],
      ['第二个内容脚本 `overlay-host.js`（≈15 KB），同样的默认域名，**仅顶层框架**', '放置页面徽标的 iframe；不含 React、Dexie、zod。'],
      ['`scripting`', '为用户在设置页添加的其他网站（第三方客服软件）在运行时注册这两个内容脚本；弹出窗口「立即采集」时注入采集脚本。'],
      ['`activeTab`', '用户点击工具栏按钮后，弹出窗口读取当前标签页地址（显示该页最近一次采集）并可对其「立即采集」。'],
      ['`sidePanel`', '侧边栏（Chrome）；Firefox 使用 `sidebar_action`。'],
      ['`web_accessible_resources`：`overlay.html`', '页面徽标是被控制台页面嵌入的扩展页面。用户添加的网站只有运行时才知道，所以列为 http(s)；但后台只向顶层为默认域名或用户网站的徽标提供数据，其他网页嵌入它只会看到空白。'],
      ['可选主机权限 `https://*/*`、`http://*/*`（安装时不授予）', '只有在设置页添加某个网站时，浏览器才会针对**该网站**弹窗请求权限；移除网站时一并撤销。开启团队同步时，同样只请求**团队自己的 CouchDB 服务器**这一个地址，关闭同步时撤销。'],
      ['`storage`、`alarms`', '团队同步的设置与状态，以及开启后每 15 分钟一次的同步；默认关闭，关闭时不设定时器、不发出任何请求。'],
      ['`unlimitedStorage`', '一年 50 位客服 × 25 项指标约 45 万条数值；避免浏览器在磁盘紧张时清除这份本地历史。'],
    ];
  }
  return [
    [`content script on the default hosts only: ${allHosts(lang)} (all frames, about:blank and srcdoc frames too)`, 'finds and reads the comparison tables; Qianniu apps live in iframes. It reads, it never changes the page.'],
    ['a second content script `overlay-host.js` (≈15 KB) on the same hosts, **top frame only**', "places the badge's iframe; no React, Dexie or zod."],
    ['`scripting`', 'registers both content scripts at run time on sites the user adds in options (third-party service tools); injects the capture script for the popup\'s "capture now".'],
    ['`activeTab`', "after the user clicks the toolbar button, the popup reads the active tab's address (its last capture) and can capture it."],
    ['`sidePanel`', 'the side panel (Chrome); Firefox gets `sidebar_action`.'],
    ['`web_accessible_resources`: `overlay.html`', 'the badge is an extension page framed by the console. User sites are only known at run time, so http(s) is listed; the background serves data only to a badge whose top frame is a console host or a user site, so any other page framing it sees nothing.'],
    ['optional host permissions `https://*/*`, `http://*/*` (not granted at install)', "the browser asks for **one** site when the user adds it in options; removing the site revokes it. Switching team sync on asks for **the team's own CouchDB server** alone, revoked when sync is switched off."],
    ['`storage`, `alarms`', "team sync's settings and status, and its pass every 15 minutes once switched on; off by default, and while off no alarm is set and no request is made."],
    ['`unlimitedStorage`', 'a year of 50 agents × 25 metrics is about 456,000 values; keeps the browser from evicting the local history when disk runs low.'],
  ];
}

export function permissionsTable(lang: Lang): string {
  return [WORDS[lang].permissionsHead, '|---|---|', ...permissionRows(lang).map(([what, why]) => `| ${cell(what)} | ${cell(why)} |`)].join('\n');
}

/** The generated blocks by marker name. */
export function consoleBlocks(locales: LocaleMessages): Record<string, string> {
  return {
    'consoles:zh': consolesTable('zh', locales),
    'consoles:en': consolesTable('en', locales),
    'permissions:zh': permissionsTable('zh'),
    'permissions:en': permissionsTable('en'),
  };
}

/** Which README holds which language's tables. */
export const README_OF: Readonly<Record<Lang, string>> = { zh: 'README.md', en: 'README.en.md' };

/**
 * A README with its language's blocks replaced between `<!-- name … -->` and `<!-- /name -->`. A missing
 * marker is an error: the tables must not silently stop being generated.
 */
export function withConsoleBlocks(readme: string, locales: LocaleMessages, lang: Lang): string {
  let out = readme;
  for (const [name, body] of Object.entries(consoleBlocks(locales))) {
    if (!name.endsWith(`:${lang}`)) continue;
    const block = new RegExp(`(<!-- ${name}(?: [^>]*)? -->\\n)[\\s\\S]*?(\\n<!-- /${name} -->)`);
    if (!block.test(out)) throw new Error(`${README_OF[lang]} has no <!-- ${name} --> … <!-- /${name} --> block`);
    out = out.replace(block, (_all, open: string, close: string) => `${open}${body}${close}`);
  }
  return out;
}
