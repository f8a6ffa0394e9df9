/** Marks a table that is still fetching: its rows are the previous ones (old day, old page). */
const LOADING_AROUND = '.ant-spin-blur,.next-loading.next-open,.el-loading-parent--relative,[aria-busy=true]';
const LOADING_BESIDE = '.ant-spin-spinning,.next-loading-tip,.el-loading-mask,.vxe-loading.is--visible';
/** How far up from the table root a spinner still belongs to this table (antd: table → container → nested-loading). */
const WRAPPER_DEPTH = 3;

/**
 * Consoles change the date picker at once and keep the old rows under a spinner until the request
 * returns; reading then would store the old numbers under the new period. antd Table/Spin, Fusion
 * Table/Loading, Element UI v-loading and aria-busy are recognised. Spinners sit beside the table's
 * rows, never among them, so the rows' branch is not searched (it is most of a big table).
 */
export function isTableLoading(root: Element): boolean {
  if (root.closest(LOADING_AROUND)) return true;
  if (anyChildIsSpinner(root)) return true;
  let branch: Element = root;
  for (let depth = 0, el = root.parentElement; el && depth < WRAPPER_DEPTH; depth++, branch = el, el = el.parentElement) {
    for (const sibling of [...el.children]) {
      if (sibling !== branch && (sibling.matches(LOADING_BESIDE) || sibling.querySelector(LOADING_BESIDE))) return true;
    }
  }
  return false;
}

/** Element UI puts its mask inside the table root, next to the table wrappers. */
function anyChildIsSpinner(root: Element): boolean {
  for (const child of [...root.children]) if (child.matches(LOADING_BESIDE)) return true;
  return false;
}
