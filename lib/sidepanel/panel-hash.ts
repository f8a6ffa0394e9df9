/**
 * The side panel's address: `#agent=<encoded agent key>` opens that agent (links from the popup and the
 * overlay, the benchmark), `#team` the team view. Anything else: no preference.
 */
export type PanelRoute = { view: 'agent'; agent: string } | { view: 'team' } | null;

export function parsePanelHash(hash: string): PanelRoute {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === 'team') return { view: 'team' };
  const params = new URLSearchParams(text);
  const agent = params.get('agent')?.trim();
  return agent ? { view: 'agent', agent } : null;
}

export function panelHash(route: Exclude<PanelRoute, null>): string {
  return route.view === 'team' ? '#team' : `#agent=${encodeURIComponent(route.agent)}`;
}
