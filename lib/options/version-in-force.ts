/**
 * Which version applies on `day`: the last one whose effective-from date is on or before it; before the
 * first version, the first (as lib/analysis/scheme-version-at.ts judges early history). Dates are ISO
 * strings, so string order is date order; the list need not be sorted. -1 only for an empty list.
 */
export function versionInForceIndex(effectiveFrom: readonly string[], day: string): number {
  let found = -1;
  let earliest = -1;
  effectiveFrom.forEach((from, i) => {
    if (from <= day && (found === -1 || from > effectiveFrom[found]!)) found = i;
    if (earliest === -1 || from < effectiveFrom[earliest]!) earliest = i;
  });
  return found === -1 ? earliest : found;
}
