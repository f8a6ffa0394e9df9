import { useState, type FormEvent } from 'react';
import { t } from '@/lib/i18n/translate';
import { parseShopName, withShop } from '@/lib/sync';
import type { PlainKey } from '@/lib/model';

const SHOP_PROBLEM_KEYS: Record<'empty' | 'separator' | 'long', PlainKey> = { empty: 'syncShopEmpty', separator: 'syncShopSeparator', long: 'syncShopLong' };

interface Props {
  chosen: readonly string[];
  known: readonly string[];
  onChange(shops: string[]): void;
  invalid?: boolean;
}

/** The shops to sync: ticked from those the local data knows, or typed (a shop not captured here yet). */
export function SyncShopPicker({ chosen, known, onChange, invalid }: Props) {
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const all = [...known, ...chosen.filter((s) => !known.includes(s))];

  const add = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseShopName(input);
    if (!parsed.ok) return setProblem(t(SHOP_PROBLEM_KEYS[parsed.reason]));
    setProblem(null);
    setInput('');
    onChange(withShop(chosen, parsed.shop));
  };

  return (
    <fieldset className="sync-shops" aria-invalid={invalid || undefined} data-testid="sync-shops">
      <legend>{t('syncShops')}</legend>
      {known.length === 0 ? <p className="muted small">{t('syncShopsNoneKnown')}</p> : <p className="muted small">{t('syncShopsKnown')}</p>}
      <div className="sync-shop-list">
        {all.map((shop) => (
          <label key={shop} className="check" data-testid="sync-shop" data-shop={shop}>
            <input
              type="checkbox"
              checked={chosen.includes(shop)}
              onChange={(e) => onChange(e.currentTarget.checked ? withShop(chosen, shop) : chosen.filter((s) => s !== shop))}
            />
            {shop}
          </label>
        ))}
      </div>
      <div className="actions">
        <input type="text" value={input} onChange={(e) => setInput(e.currentTarget.value)} placeholder={t('syncShopInput')} aria-label={t('syncShopInput')} data-testid="sync-shop-input" onKeyDown={(e) => e.key === 'Enter' && add(e)} />
        <button type="button" className="small-button" onClick={add} data-testid="sync-shop-add">
          {t('syncShopAdd')}
        </button>
      </div>
      {problem && <span className="field-issues" role="alert">{problem}</span>}
    </fieldset>
  );
}
