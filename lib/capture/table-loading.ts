/** Marks a table that is still fetching: its rows are the previous ones (old day, old page). */
const LOADING_AROUND = '.ant-spin-blur, .next-loading.next-open, .el-loading-parent--relative, [aria-busy="true"]';
const LOADING_BESIDE = '.ant-spin-spinning, .next-loading-tip, .el-loading-mask, .vxe-loading.is--visible';
/** How far up from the table root a spinner still belongs to this table (antd: table → container → nested-loading). */
const WRAPPER_DEPTH = 3;

/**
 * Consoles change the date picker at once and keep the old rows under a spinner until the request
 * returns; reading then would store the old numbers under the new period. antd Table/Spin, Fusion
 * Table/Loading, Element UI v-loading and aria-busy are recognised.
 */
export function isTableLoading(root: Element): boolean {
  if (root.closest(LOADING_AROUND)) return true;
  let el: Element | null = root;
  for (let depth = 0; el && depth < WRAPPER_DEPTH; depth++, el = el.parentElement) {
    if (el.querySelector(LOADING_BESIDE)) return true;
  }
  return false;
}
