import type { PlainKey } from '@/lib/model';
import { t } from '@/lib/i18n/translate';
import { ALL_SHOPS, NO_SHOP, type RoleChoice, type ShopCount, type TeamFilter } from '@/lib/sidepanel';

const ROLE_CHOICES: readonly { value: RoleChoice; key: PlainKey }[] = [
  { value: '', key: 'spAllRoles' },
  { value: 'presale', key: 'spRolePresale' },
  { value: 'aftersale', key: 'spRoleAftersale' },
  { value: 'none', key: 'spNoRole' },
];

const n = (x: number) => x.toLocaleString();

interface TeamFiltersProps {
  filter: TeamFilter;
  shops: readonly ShopCount[];
  total: number;
  shown: number;
  onChange: (filter: TeamFilter) => void;
  /** Prefix of the test ids (`team-shop-filter` …): the month view shows the same filters as `month-…`. */
  idPrefix?: 'team' | 'month';
}

/**
 * Shop, role and search above the team table, and how many agents are shown of how many. The shop
 * picker lists the period's shops with their agent counts; with a single shop (or none) it is left out.
 */
export function TeamFilters({ filter, shops, total, shown, onChange, idPrefix = 'team' }: TeamFiltersProps) {
  const shopText = (s: ShopCount) => t('spShopOption', [s.shop === NO_SHOP ? t('spNoShop') : s.shop, n(s.agents)]);
  return (
    <div className="team-filters" role="search">
      {shops.length > 1 && (
        <label className="filter-field">
          <span>{t('spFilterShop')}</span>
          <select value={filter.shop} data-testid={`${idPrefix}-shop-filter`} onChange={(e) => onChange({ ...filter, shop: e.currentTarget.value })}>
            <option value={ALL_SHOPS}>{t('spAllShops', [n(shops.length)])}</option>
            {shops.map((s) => (
              <option key={s.shop} value={s.shop}>
                {shopText(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="filter-field">
        <span>{t('spFilterRole')}</span>
        <select value={filter.role} data-testid={`${idPrefix}-role-filter`} onChange={(e) => onChange({ ...filter, role: e.currentTarget.value as RoleChoice })}>
          {ROLE_CHOICES.map((r) => (
            <option key={r.value} value={r.value}>
              {t(r.key)}
            </option>
          ))}
        </select>
      </label>
      <input
        type="search"
        className="team-search"
        data-testid={`${idPrefix}-search`}
        value={filter.search}
        placeholder={t('spSearchAgents')}
        aria-label={t('spSearchAgents')}
        onChange={(e) => onChange({ ...filter, search: e.currentTarget.value })}
      />
      <span className="muted small" data-testid={`${idPrefix}-count`} aria-live="polite">
        {t('spShownCount', total, [n(shown), n(total)])}
      </span>
    </div>
  );
}
