import { useRef, type KeyboardEvent } from 'react';
import { AGENT_ROLES, type AgentRole } from '@/lib/analysis';
import { t } from '@/lib/i18n/translate';
import type { PlainKey } from '@/lib/model';

export const ROLE_KEYS: Readonly<Record<AgentRole, PlainKey>> = { presale: 'schemeRolePresale', aftersale: 'schemeRoleAftersale' };

export const roleTabId = (role: AgentRole) => `scheme-tab-${role}`;
export const ROLE_PANEL_ID = 'scheme-panel';

/** 售前 / 售后 as ARIA tabs: one tab stop, arrow keys (and Home/End) move and select. */
export function SchemeRoleTabs({ role, onChange, unsaved }: { role: AgentRole; onChange: (role: AgentRole) => void; unsaved: Readonly<Record<AgentRole, boolean>> }) {
  const tabs = useRef(new Map<AgentRole, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = AGENT_ROLES.indexOf(role);
    const n = AGENT_ROLES.length;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? AGENT_ROLES[(i + 1) % n]
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? AGENT_ROLES[(i - 1 + n) % n]
      : event.key === 'Home' ? AGENT_ROLES[0]
      : event.key === 'End' ? AGENT_ROLES[n - 1]
      : undefined;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label={t('schemeRoleTabs')} className="tabs" onKeyDown={onKeyDown}>
      {AGENT_ROLES.map((r) => (
        <button
          key={r}
          ref={(el) => {
            if (el) tabs.current.set(r, el);
            else tabs.current.delete(r);
          }}
          type="button"
          role="tab"
          id={roleTabId(r)}
          aria-selected={r === role}
          aria-controls={ROLE_PANEL_ID}
          tabIndex={r === role ? 0 : -1}
          onClick={() => onChange(r)}
          data-testid="scheme-role-tab"
          data-role={r}
        >
          {t(ROLE_KEYS[r])}
          {unsaved[r] && (
            <span className="dot" title={t('schemeUnsaved')}>
              <span className="visually-hidden">{t('schemeUnsaved')}</span>
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
