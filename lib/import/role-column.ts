import type { AgentRole } from '../analysis';
import { compactText } from '../metrics';
import { cellText, type GridCell } from './grid';

/**
 * The column that states each agent's role (生意参谋 汇总分析 exports: `旺旺类型` = 售前 / 售后). It is no
 * metric and is not left out either: its cells become the role guess of each agent (never a role the
 * manager set by hand, see apply-report-import.ts).
 */
const ROLE_HEADERS: ReadonlySet<string> = new Set(['旺旺类型', '客服类型', '账号类型', '岗位类型']);

const ROLE_WORDS: Readonly<Record<string, AgentRole>> = {
  售前: 'presale',
  售前客服: 'presale',
  售后: 'aftersale',
  售后客服: 'aftersale',
};

/** True when a header names the role column (spaces, widths and a trailing colon do not matter). */
export function isRoleHeader(header: string): boolean {
  return ROLE_HEADERS.has(compactText(header).replace(/:+$/, ''));
}

/** The role a cell states, or null for anything else (empty, `-`, `客服主管`: no guess from those). */
export function roleOfCell(cell: GridCell | undefined): AgentRole | null {
  if (cell === undefined || typeof cell === 'number') return null;
  return ROLE_WORDS[compactText(cellText(cell))] ?? null;
}
