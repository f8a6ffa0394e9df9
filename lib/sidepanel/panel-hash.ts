/**
 * The side panel's address: `#agent=<encoded agent key>` opens that agent (links from the popup and the
 * overlay, the benchmark), `#team` the team view, `#month` the month view (this month so far) and
 * `#month=YYYY-MM` a given month. Anything else: no preference.
 */
export type PanelRoute = { view: 'agent'; agent: string } | { view: 'team' } | { view: 'month'; month: string | null } | null;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parsePanelHash(hash: string): PanelRoute {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === 'team') return { view: 'team' };
  if (text === 'month') return { view: 'month', month: null };
  const params = new URLSearchParams(text);
  const month = params.get('month')?.trim();
  if (month !== undefined) return { view: 'month', month: MONTH.test(month) ? month : null };
  const agent = params.get('agent')?.trim();
  return agent ? { view: 'agent', agent } : null;
}

export function panelHash(route: Exclude<PanelRoute, null>): string {
  if (route.view === 'team') return '#team';
  if (route.view === 'month') return route.month ? `#month=${route.month}` : '#month';
  return `#agent=${encodeURIComponent(route.agent)}`;
}
