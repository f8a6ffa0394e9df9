import { liveQuery } from 'dexie';

/**
 * Live queries started at boot, before React has rendered, and handed over to the hook that asks for the
 * same key. Started from the components, the side panel's first reads would wait for a render, an effect
 * and a timer while the chart code loads; started here they run meanwhile. The hook takes over the very
 * subscription, so nothing is read twice and a new capture still updates the view.
 */

/** What dexie-react-hooks' useObservable accepts; getValue gives a result that came in before the render. */
export interface SharedQuery<T> {
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
  hasValue(): boolean;
  getValue(): T | undefined;
}

interface Listener<T> {
  next: (value: T) => void;
  error?: (error: unknown) => void;
}

/**
 * An early query nobody subscribed to by then (the panel went elsewhere, or a render that claimed it was
 * thrown away) stops after this long.
 */
export const UNCLAIMED_MS = 10_000;

const waiting = new Map<string, SharedQuery<unknown>>();

/** One liveQuery subscription shared by whoever subscribes; it ends when the last subscriber leaves. */
function sharedLiveQuery<T>(querier: () => Promise<T>): SharedQuery<T> & { closeUnused(): void } {
  const listeners = new Set<Listener<T>>();
  let used = false;
  let has = false;
  let value: T | undefined;
  let failure: { error: unknown } | null = null;
  const source = liveQuery(querier).subscribe({
    next(v) {
      has = true;
      value = v;
      failure = null;
      for (const l of [...listeners]) l.next(v);
    },
    error(error: unknown) {
      failure = { error };
      for (const l of [...listeners]) l.error?.(error);
    },
  });
  return {
    hasValue: () => has,
    getValue: () => value,
    subscribe(next, error) {
      const listener: Listener<T> = { next, error };
      listeners.add(listener);
      used = true;
      if (failure) error?.(failure.error);
      else if (has) next(value as T);
      return {
        unsubscribe() {
          listeners.delete(listener);
          // A moment later: a re-subscription in the same task (React's strict mode) keeps it alive.
          setTimeout(() => listeners.size === 0 && source.unsubscribe(), 0);
        },
      };
    },
    closeUnused: () => !used && source.unsubscribe(),
  };
}

/** Starts `querier` as a live query now, for a hook to claim under `key` (a second start is ignored). */
export function startEarlyQuery<T>(key: string, querier: () => Promise<T>): void {
  if (waiting.has(key)) return;
  const query = sharedLiveQuery(querier);
  waiting.set(key, query);
  setTimeout(() => {
    if (waiting.get(key) === query) waiting.delete(key);
    query.closeUnused();
  }, UNCLAIMED_MS);
}

/** The early query started under `key`, once: the first caller owns it; undefined when there is none. */
export function claimEarlyQuery<T>(key: string): SharedQuery<T> | undefined {
  const query = waiting.get(key);
  waiting.delete(key);
  return query as SharedQuery<T> | undefined;
}
