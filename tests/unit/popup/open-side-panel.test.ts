import { describe, expect, test } from 'vitest';
import { openSidePanel } from '../../../lib/popup/open-side-panel';

function apis(has: { sidePanel?: boolean; sidebar?: boolean }) {
  const calls: string[] = [];
  return {
    calls,
    apis: {
      ...(has.sidePanel ? { sidePanel: { open: async (o: { windowId: number }) => void calls.push(`sidePanel.open(${o.windowId})`) } } : {}),
      ...(has.sidebar ? { sidebarAction: { open: async () => void calls.push('sidebarAction.open()') } } : {}),
      openTab: async (url: string) => void calls.push(`tab ${url}`),
    },
  };
}

describe('openSidePanel', () => {
  test.each([
    ['Chrome: the side panel of the window', { sidePanel: true }, 42, ['sidePanel.open(42)']],
    ['Firefox: the sidebar', { sidebar: true }, 42, ['sidebarAction.open()']],
    ['no window id in Chrome: the page in a tab', { sidePanel: true }, undefined, ['tab chrome-extension://x/sidepanel.html']],
    ['neither API: the page in a tab', {}, 42, ['tab chrome-extension://x/sidepanel.html']],
  ])('%s', async (_name, has, windowId, expected) => {
    const { calls, apis: a } = apis(has);
    await openSidePanel(a, windowId, 'chrome-extension://x/sidepanel.html');
    expect(calls).toEqual(expected);
  });

  test('a side panel API that refuses (a Chromium-based browser without the feature): the page in a tab', async () => {
    const calls: string[] = [];
    const refusing = {
      sidePanel: { open: () => Promise.reject(new Error('sidePanel.open is not supported')) },
      openTab: async (url: string) => void calls.push(`tab ${url}`),
    };
    await openSidePanel(refusing, 42, 'chrome-extension://x/sidepanel.html');
    expect(calls).toEqual(['tab chrome-extension://x/sidepanel.html']);
  });

  test('calls the browser before returning (nothing awaited first: the user gesture must still be on)', () => {
    const { calls, apis: a } = apis({ sidePanel: true });
    void openSidePanel(a, 7, 'x');
    expect(calls).toEqual(['sidePanel.open(7)']);
  });
});
