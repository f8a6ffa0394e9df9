import { useEffect, useState } from 'react';

export interface ActiveTab {
  id: number;
  windowId: number;
  /** Known after the user clicked the toolbar button (activeTab) or on a console host; else undefined. */
  url: string | undefined;
}

/** The tab the popup was opened over; undefined while asking, null when there is none. */
export function useActiveTab(): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([found]) => {
        if (!live) return;
        setTab(found?.id === undefined ? null : { id: found.id, windowId: found.windowId, url: found.url });
      },
      () => live && setTab(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return tab;
}
