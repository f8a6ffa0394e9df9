/**
 * The capture-path bench page (tests/bench/measure-capture-path.ts), served under a console host so the
 * built extension's content scripts run in it: the big table's 生意参谋-like shell with its period, and
 * the table itself only when asked (`kefuPath.insert()`), so a CPU profile can start before it arrives.
 * `kefuPath.floor()` puts in a fresh copy of the same table (new nodes, so no string is read warm) and
 * reads every cell's textContent once in `readEveryCell`, which a profile finds by name.
 */
import { BIG_DATE, BIG_SHOP, bigTable } from '../../fixtures/scenarios/big-table';
import { BIG_TABLE_STYLE, bigTableHtml, bigTableShell } from '../../fixtures/src/big-table-html';
import '../../fixtures/src/styles/base.css';
import '../../fixtures/src/styles/sycm.css';

const q = new URLSearchParams(location.search);
const rows = Math.max(1, Number(q.get('rows') ?? 1000) || 1000);
const cols = Math.max(1, Number(q.get('cols') ?? 30) || 30);
const t = bigTable(rows, cols);
const markup = bigTableHtml(t);

document.getElementById('root')!.innerHTML = bigTableShell(BIG_SHOP, BIG_DATE, rows, t.columns.length, '<div id="slot"></div>');
const style = document.createElement('style');
style.textContent = BIG_TABLE_STYLE;
document.head.append(style);
const slot = document.getElementById('slot')!;

/** The table arrives as a console's data request answers: one render of the whole table. */
function insert(): number {
  slot.innerHTML = markup;
  return slot.querySelectorAll('td,th').length;
}

/** The floor: every cell's textContent once. The length sum keeps the read from being optimised away. */
function readEveryCell(table: Element): number {
  let total = 0;
  for (const cell of table.querySelectorAll('td,th')) total += cell.textContent!.length;
  return total;
}

/** A fresh copy of the table, then the floor read timed in the page; returns the read's ms. */
function floor(): number {
  slot.innerHTML = markup;
  const table = slot.firstElementChild!;
  const t0 = performance.now();
  readEveryCell(table);
  return performance.now() - t0;
}

/** A fresh copy of the table, for a read from another world (the bench's isolated floor). */
function fresh(): void {
  slot.innerHTML = markup;
}

Object.assign(window, { kefuPath: { insert, floor, fresh, cells: () => slot.querySelectorAll('td,th').length } });
