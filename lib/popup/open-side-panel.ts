/** The parts of chrome.sidePanel / Firefox's sidebarAction this needs, so the choice can be tested. */
export interface SidePanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  openTab(url: string): Promise<unknown>;
}

/**
 * Opens the side panel of the window: Chrome's sidePanel, Firefox's sidebar, else the panel page in a
 * tab. Must run inside the click handler with nothing awaited before it: both browsers open the panel
 * only during a user gesture. Chromium-based browsers (360, QQ, Sogou) may lack the API, or carry it and
 * refuse: a refusal opens the tab too (a tab needs no gesture), so the button always shows the panel.
 */
export function openSidePanel(apis: SidePanelApis, windowId: number | undefined, pageUrl: string): Promise<unknown> {
  const panel =
    apis.sidePanel && windowId !== undefined ? apis.sidePanel.open({ windowId }) : apis.sidebarAction ? apis.sidebarAction.open() : null;
  // A refused panel is not lost: the same page opens in a tab.
  return panel ? panel.catch(() => apis.openTab(pageUrl)) : apis.openTab(pageUrl);
}
