import type { KpiScheme, SchemeVersion } from './kpi-scheme';

/**
 * The version in force on `date` (ISO, callers pass the period's start): the latest whose effectiveFrom ≤
 * date. A period before the first version is judged by the first, so early history is never unscored.
 * Versions are sorted oldest first (kpiSchemeSchema enforces it); ISO dates compare as strings.
 */
export function schemeVersionAt(scheme: KpiScheme, date: string): SchemeVersion {
  const versions = scheme.versions;
  let found = versions[0];
  if (found === undefined) throw new Error(`KPI scheme "${scheme.name}" has no versions`);
  for (let i = 1; i < versions.length; i++) {
    const v = versions[i]!;
    if (v.effectiveFrom > date) break;
    found = v;
  }
  return found;
}
