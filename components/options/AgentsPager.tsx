import type { ListPage } from '@/lib/options';
import { t } from '@/lib/i18n/translate';

/** Previous / next under the agents table, with which agents and which page are shown. */
export function AgentsPager({ page, onPage }: { page: ListPage<unknown>; onPage: (page: number) => void }) {
  return (
    <nav className="actions pager" aria-label={t('agentsPagerLabel')} data-testid="agent-pager" data-page={page.page} data-pages={page.pages}>
      <button type="button" className="small-button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)} data-testid="agent-page-prev">
        {t('agentsPagePrev')}
      </button>
      <span className="muted" aria-live="polite">
        {t('agentsPageRange', [page.first.toLocaleString(), page.last.toLocaleString()])} · {t('agentsPageOf', [String(page.page + 1), String(page.pages)])}
      </span>
      <button type="button" className="small-button" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)} data-testid="agent-page-next">
        {t('agentsPageNext')}
      </button>
    </nav>
  );
}
