/**
 * Table structure read through plain DOM (children, tag names, attributes) rather than the HTMLTable*
 * APIs: identical in every browser, and testable in lightweight DOMs that lack those APIs.
 */
export interface TableSections {
  head: Element[];
  bodies: Element[][];
  foot: Element[];
}

export function tableSections(table: Element): TableSections {
  const head: Element[] = [];
  const bodies: Element[][] = [];
  const foot: Element[] = [];
  let looseRows: Element[] | null = null;
  for (const child of Array.from(table.children)) {
    switch (child.tagName) {
      case 'THEAD':
        head.push(...rowsOf(child));
        break;
      case 'TFOOT':
        foot.push(...rowsOf(child));
        break;
      case 'TBODY':
        bodies.push(rowsOf(child));
        looseRows = null;
        break;
      case 'TR':
        if (!looseRows) bodies.push((looseRows = []));
        looseRows.push(child);
        break;
    }
  }
  return { head, bodies, foot };
}

function rowsOf(section: Element): Element[] {
  return Array.from(section.children).filter((el) => el.tagName === 'TR');
}

export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((el) => el.tagName === 'TD' || el.tagName === 'TH');
}

export function spanOf(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const raw = cell.getAttribute(attribute);
  if (raw === null) return 1;
  const value = parseInt(raw, 10);
  return Number.isFinite(value) && value >= 0 ? value : 1;
}
