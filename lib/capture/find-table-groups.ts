import { hasBodyRows, hasHeadRows } from './table-sections';

/**
 * Component libraries render one logical table as several <table>s: a header table over a body table
 * (fixed headers), a summary table below (fixed footers), and copies of the locked columns (Fusion Next
 * `next-table-lock-left/right`, antd v3 `ant-table-fixed-left/right`, Element UI `el-table__fixed`).
 * A TableGroup gathers the parts of one logical table and drops the locked copies, whose cells the main
 * table holds already.
 */
export interface TableGroup {
  /** The element that stands for the whole table (component root, or the table itself). */
  root: Element;
  /** The tables of the main layer, in document order. */
  tables: Element[];
}

const COMPONENT_ROOT = /(?:^|\s)(?:ant-table|next-table|el-table|art-table|vxe-table|arco-table|t-table)(?:\s|$)/;
const LOCKED_LAYER =
  /(?:^|\s)(?:next-table-lock-(?:left|right)|ant-table-fixed-(?:left|right)|el-table__fixed(?:-right)?|vxe-table--fixed-(?:left|right)-wrapper)(?:\s|$)/;

function classOf(el: Element): string {
  const cls = el.getAttribute('class');
  return cls ?? '';
}

function componentRootOf(table: Element): Element | null {
  for (let el = table.parentElement; el; el = el.parentElement) {
    if (COMPONENT_ROOT.test(classOf(el))) {
      // Nested roots (antd: ant-table-wrapper > ant-table) – keep climbing to the outermost wrapper of this table.
      let outer: Element = el;
      for (let up = el.parentElement; up && COMPONENT_ROOT.test(classOf(up)); up = up.parentElement) outer = up;
      return outer;
    }
  }
  return null;
}

function insideLockedLayer(table: Element, root: Element): boolean {
  for (let el = table.parentElement; el && el !== root; el = el.parentElement) {
    if (LOCKED_LAYER.test(classOf(el))) return true;
  }
  return false;
}

function isHeaderOnly(table: Element): boolean {
  return hasHeadRows(table) && !hasBodyRows(table);
}

export function findTableGroups(doc: Document | Element): TableGroup[] {
  const tables = [...doc.querySelectorAll('table')];
  const groups: TableGroup[] = [];
  const byRoot = new Map<Element, TableGroup>();
  let pendingHeader: TableGroup | null = null;

  for (const table of tables) {
    // A table nested in another table's cell is part of that cell's content.
    if (table.parentElement?.closest('table')) continue;
    const root = componentRootOf(table);
    if (root) {
      if (insideLockedLayer(table, root)) continue;
      let group = byRoot.get(root);
      if (!group) {
        group = { root, tables: [] };
        byRoot.set(root, group);
        groups.push(group);
      }
      group.tables.push(table);
      continue;
    }
    // Hand-made fixed headers: a header-only table directly followed by its body table.
    if (pendingHeader && !hasHeadRows(table) && hasBodyRows(table) && closeRelatives(pendingHeader.root, table)) {
      pendingHeader.tables.push(table);
      pendingHeader = null;
      continue;
    }
    const group: TableGroup = { root: table, tables: [table] };
    groups.push(group);
    pendingHeader = isHeaderOnly(table) ? group : null;
  }
  return groups;
}

/** Two tables within three levels of a common ancestor: a header/body pair of one widget. */
function closeRelatives(a: Element, b: Element): boolean {
  let ancestor: Element | null = a.parentElement;
  for (let depth = 0; ancestor && depth < 3; depth++, ancestor = ancestor.parentElement) {
    if (ancestor.contains(b)) return true;
  }
  return false;
}
