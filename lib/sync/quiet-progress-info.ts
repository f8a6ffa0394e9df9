import type { PouchDatabase } from './pouch-types';

/**
 * A promise whose `.then` chains are never reported as unhandled, while each still rejects for whoever awaits
 * or chains on it. Its own chains are plain promises (species), so only the first link is quiet.
 */
class QuietChainPromise<T> extends Promise<T> {
  static override get [Symbol.species]() {
    return Promise;
  }

  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    const next = super.then(onFulfilled, onRejected);
    next.catch(() => {});
    return next;
  }
}

/**
 * PouchDB 9's replicator asks the source's `info()` after each batch only to update its progress counter and
 * never handles a failure there (replicate.js, `src.info().then(...)`). When the server goes away mid-pull, or
 * a pass that stopped closes its mirror while a push's call is still out, that shows as "Uncaught (in promise)"
 * in the worker's error list, although the pass itself reports the fault. This makes a database's `info()`
 * failures quiet when nobody waits for them; the replicator's own checks, and ours, still see the rejection.
 */
export function quietProgressInfo<D extends Pick<PouchDatabase, 'info'>>(db: D): D {
  const info = db.info.bind(db);
  db.info = () => QuietChainPromise.resolve(info()) as ReturnType<D['info']>;
  return db;
}
