import { findAriaGrids } from './read-aria-grid';

/**
 * What a frame's tables look like from their headers: the tables and grids there are, each by its first
 * header row's text. A frame without a comparison table probes this every second; it changes when a
 * table appears, goes, or gets other headers, which is when a comparison table may have arrived.
 * '' = no table or grid at all.
 */
export function tableSignature(doc: Document): string {
  // querySelectorAll('table') walks the tree faster than a live getElementsByTagName collection does.
  const tables = doc.querySelectorAll('table');
  const grids = findAriaGrids(doc);
  if (tables.length === 0 && grids.length === 0) return '';
  let signature = `${tables.length}/${grids.length}`;
  for (let i = 0; i < tables.length; i++) signature += `\u0001${tables[i]!.querySelector('thead,tr')?.textContent ?? ''}`;
  for (let i = 0; i < grids.length; i++) signature += `\u0002${grids[i]!.querySelector('[role=row]')?.textContent ?? ''}`;
  return signature;
}
