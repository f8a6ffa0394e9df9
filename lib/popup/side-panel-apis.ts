import type { SidePanelApis } from './open-side-panel';

type Opener<A extends unknown[]> = { open(...args: A): Promise<void> };

function hasOpen<A extends unknown[]>(api: unknown): api is Opener<A> {
  return typeof api === 'object' && api !== null && 'open' in api && typeof api.open === 'function';
}

/**
 * The side-panel APIs this browser really has: Chrome's sidePanel, Firefox's sidebarAction, or neither
 * (Chromium-based browsers without them). Checked at run time, since the types promise whichever
 * browser they describe.
 */
export function sidePanelApisOf(api: object): Pick<SidePanelApis, 'sidePanel' | 'sidebarAction'> {
  const sidePanel = 'sidePanel' in api ? api.sidePanel : undefined;
  const sidebarAction = 'sidebarAction' in api ? api.sidebarAction : undefined;
  return {
    sidePanel: hasOpen<[{ windowId: number }]>(sidePanel) ? sidePanel : undefined,
    sidebarAction: hasOpen<[]>(sidebarAction) ? sidebarAction : undefined,
  };
}
