import { describe, expect, test } from 'vitest';
import { sidePanelApisOf } from '../../../lib/popup/side-panel-apis';

describe('sidePanelApisOf', () => {
  const open = async () => undefined;
  test('takes the APIs the browser has, and only when they can open', () => {
    const chrome = { sidePanel: { open }, tabs: {} };
    expect(sidePanelApisOf(chrome)).toEqual({ sidePanel: chrome.sidePanel, sidebarAction: undefined });
    const firefox = { sidebarAction: { open } };
    expect(sidePanelApisOf(firefox)).toEqual({ sidePanel: undefined, sidebarAction: firefox.sidebarAction });
    expect(sidePanelApisOf({ sidePanel: {}, sidebarAction: null })).toEqual({ sidePanel: undefined, sidebarAction: undefined });
    expect(sidePanelApisOf({})).toEqual({ sidePanel: undefined, sidebarAction: undefined });
  });
});
