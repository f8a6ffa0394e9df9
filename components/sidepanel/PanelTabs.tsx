import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';

export type PanelTab = 'team' | 'agent' | 'month';
const TABS: readonly { id: PanelTab; label: PlainKey }[] = [
  { id: 'team', label: 'spTabTeam' },
  { id: 'agent', label: 'spTabAgent' },
  { id: 'month', label: 'spTabMonth' },
];

/** WAI-ARIA tabs: one tab stop, arrow keys (and Home/End) move and select. */
export function PanelTabs({ value, onChange }: { value: PanelTab; onChange: (tab: PanelTab) => void }) {
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.findIndex((tab) => tab.id === value);
    const next =
      event.key === 'ArrowRight' ? (i + 1) % TABS.length
      : event.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = TABS[next]!.id;
    onChange(tab);
    refs.current[tab]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('spTabsLabel')} className="tabs">
      {TABS.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[tab.id] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={value === tab.id}
          aria-controls={`panel-${tab.id}`}
          tabIndex={value === tab.id ? 0 : -1}
          data-testid={`tab-${tab.id}`}
          onClick={() => onChange(tab.id)}
          onKeyDown={onKeyDown}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
