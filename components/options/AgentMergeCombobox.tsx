import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AgentEntry, AgentProfile } from '@/lib/analysis';
import { shopOf } from '@/lib/metrics';
import { t } from '@/lib/i18n/translate';
import { mergeCandidates, mergeMatches, type AgentDraft } from '@/lib/options';
import { AgentText } from './AgentText';

interface Props {
  draft: AgentDraft;
  agents: readonly AgentEntry[];
  profiles: ReadonlyMap<string, AgentProfile>;
  onMerge: (other: AgentEntry) => void;
}

/**
 * "Merge an account…": an ARIA combobox whose listbox exists only while it is open, and then lists at
 * most MERGE_MATCHES_SHOWN matches, so a team of 1,000 puts one input per row in the page, not 1,000 options.
 * Accounts of the row's own shop come first. Typing filters; ↓/↑ move, Enter merges the highlighted account (or the only match), Escape closes.
 */
export function AgentMergeCombobox({ draft, agents, profiles, onMerge }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  // Candidates are worked out only while the list is open: a closed picker costs its row nothing.
  const { shown, more } = open ? mergeMatches(mergeCandidates(draft, agents, profiles), query, shopOf(draft.key)) : { shown: [], more: 0 };
  const activeShown = active >= 0 && active < shown.length ? active : -1;

  useEffect(() => {
    if (activeShown < 0) return;
    // happy-dom and old engines lack scrollIntoView; the highlight is still announced through aria-activedescendant.
    listRef.current?.querySelector(`[data-index="${activeShown}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeShown]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (other: AgentEntry) => {
    onMerge(other);
    setQuery('');
    close();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else setActive(shown.length === 0 ? -1 : (activeShown + 1) % shown.length);
        return;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        else setActive(shown.length === 0 ? -1 : activeShown <= 0 ? shown.length - 1 : activeShown - 1);
        return;
      case 'Enter': {
        if (!open) return;
        e.preventDefault();
        // With nothing highlighted, Enter takes the match only when there is exactly one: never a guess.
        const pick = activeShown >= 0 ? shown[activeShown] : shown.length === 1 && more === 0 ? shown[0] : undefined;
        if (pick) choose(pick);
        return;
      }
      case 'Escape':
        // Open: close the list. Closed: clear what was typed (the ARIA combobox pattern).
        if (open) {
          e.preventDefault();
          close();
        } else if (query !== '') {
          e.preventDefault();
          setQuery('');
        }
        return;
    }
  };

  return (
    <span className="merge-combo">
      <input
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && activeShown >= 0 ? optionId(activeShown) : undefined}
        aria-label={t('agentsMergeLabel', [draft.key])}
        placeholder={t('agentsMergePick')}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={onKeyDown}
        onBlur={close}
        data-testid="agent-merge-input"
      />
      {open && (
        <span className="merge-popup">
          <ul role="listbox" id={listId} ref={listRef} aria-label={t('agentsMergeListLabel', [draft.key])} data-testid="agent-merge-list" data-count={shown.length}>
            {shown.map((c, i) => (
              <li
                key={c.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeShown}
                data-index={i}
                data-agent={c.key}
                data-testid="agent-merge-option"
                // Keeps the focus in the input, so its blur does not close the list before the click lands.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(c)}
              >
                <AgentText text={c.key} />
                {c.name !== c.key && !c.key.endsWith(c.name) && <span className="muted small"> · {c.name}</span>}
              </li>
            ))}
          </ul>
          {(more > 0 || shown.length === 0) && (
            <span className="merge-note muted small" role="status" data-testid="agent-merge-note">
              {more > 0 ? t('agentsMergeMore', more, [more.toLocaleString()]) : t('agentsMergeNoMatch', [query.trim()])}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
