/**
 * Table structure read through plain DOM (children, tag names, attributes) rather than the HTMLTable*
 * APIs where those are missing: identical in every browser, and testable in lightweight DOMs.
 */
export interface TableSections {
  head: Element[];
  /** Body row groups: each tbody, or the loose rows of a table without one, with the element holding them. */
  bodies: Array<{ section: Element; rows: Element[] }>;
  foot: Element[];
}

export function tableSections(table: Element): TableSections {
  const head: Element[] = [];
  const bodies: TableSections['bodies'] = [];
  const foot: Element[] = [];
  let loose: Element[] | null = null;
  for (const child of [...table.children]) {
    switch (child.tagName) {
      case 'THEAD':
        head.push(...rowsOf(child));
        break;
      case 'TFOOT':
        foot.push(...rowsOf(child));
        break;
      case 'TBODY':
        bodies.push({ section: child, rows: rowsOf(child) });
        loose = null;
        break;
      case 'TR':
        if (!loose) bodies.push({ section: table, rows: (loose = []) });
        loose.push(child);
        break;
    }
  }
  return { head, bodies, foot };
}

/** A section's rows, walked as siblings: spreading a live `children` of 1,000 rows costs more. */
function rowsOf(section: Element): Element[] {
  const rows: Element[] = [];
  for (let el = section.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'TR') rows.push(el);
  return rows;
}

/** The rows of a table's <thead>s only: the header read, without listing the body's rows. */
export function headRows(table: Element): Element[] {
  const head: Element[] = [];
  for (let el = table.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'THEAD') head.push(...rowsOf(el));
  return head;
}

/** Whether a section has a row: stops at the first. */
function hasRow(section: Element): boolean {
  for (let el = section.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'TR') return true;
  return false;
}

/**
 * Whether the table has a body row (in a tbody or loose). Asked of every table on the page: looks at the
 * table's children and stops at the first row found, never listing 1,000 rows as tableSections does.
 */
export function hasBodyRows(table: Element): boolean {
  for (let el = table.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'TR' || (el.tagName === 'TBODY' && hasRow(el))) return true;
  return false;
}

/** Whether the table has a <thead> with a row: as hasBodyRows, without listing rows. */
export function hasHeadRows(table: Element): boolean {
  for (let el = table.firstElementChild; el; el = el.nextElementSibling) if (el.tagName === 'THEAD' && hasRow(el)) return true;
  return false;
}
