import type { SyncProblem } from './sync-contract';

/**
 * A failed request as the code the views explain. PouchDB passes the server's status on its errors;
 * a fetch that never got an answer has none (Chrome: "Failed to fetch", Node: "fetch failed").
 */
export function problemOfError(error: unknown, shop?: string): SyncProblem {
  const e = (error ?? {}) as { status?: unknown; name?: unknown; error?: unknown; message?: unknown; reason?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const detail = [e.name, e.reason ?? e.message].filter((x) => typeof x === 'string' && x !== '').join(': ') || String(error);
  const base = { detail, ...(shop !== undefined ? { shop } : {}) };
  if (status === 401 || e.error === 'unauthorized' || e.name === 'unauthorized') return { code: 'unauthorized', ...base };
  if (status === 403 || e.error === 'forbidden' || e.name === 'forbidden') return { code: 'forbidden', ...base };
  if (status === 404 || e.name === 'not_found') return { code: 'not_found', ...base };
  if (status !== undefined && status >= 500) return { code: 'server_error', ...base };
  if (status === undefined) return { code: 'unreachable', ...base };
  return { code: 'server_error', ...base };
}
