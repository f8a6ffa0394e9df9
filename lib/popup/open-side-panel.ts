/** The parts of chrome.sidePanel / Firefox's sidebarAction this needs, so the choice can be tested. */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  openTab(url: string): Promise<unknown>;
}

/**
 * Opens the side panel of the window: Chrome's sidePanel, Firefox's sidebar, else the panel page in a
 * tab. Must run inside the click handler with nothing awaited before it: both browsers open the panel
 * only during a user gesture.
 */
export function openSidePanel(apis: SidePanelApis, windowId: number | undefined, pageUrl: string): Promise<unknown> {
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return apis.openTab(pageUrl);
}
