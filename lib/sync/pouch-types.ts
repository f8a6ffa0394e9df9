/**
 * The part of PouchDB's API the sync engine uses, typed here: @types/pouchdb is not a dependency, and a
 * narrow interface lets tests hand in PouchDB with the memory adapter instead of IndexedDB.
 */

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface PouchWriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  status?: number;
}

export interface PouchChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: PouchDoc;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: { id?: string; name?: string; error?: string; reason?: string; message?: string; status?: number }[];
  last_seq?: number | string;
}

export interface ReplicateOptions {
  checkpoint?: 'source' | 'target' | false;
  batch_size?: number;
  batches_limit?: number;
  retry?: boolean;
  /** Start here instead of at the checkpoint (0: compare everything). */
  since?: number | string;
}

export interface PouchDatabase {
  readonly name: string;
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<PouchWriteResult>;
  bulkDocs(docs: PouchDoc[], options?: { new_edits?: boolean }): Promise<PouchWriteResult[]>;
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{
    rows: { id?: string; key: string; value?: { rev: string; deleted?: boolean }; doc?: PouchDoc | null; error?: string }[];
  }>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number; style?: 'main_only' | 'all_docs' }): Promise<{
    results: PouchChange[];
    last_seq: number | string;
  }>;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchDatabaseOptions {
  adapter?: string;
  /** Drop old revisions' bodies on each write (the mirror needs only the leaves). */
  auto_compaction?: boolean;
  skip_setup?: boolean;
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
}

/** PouchDB's constructor with the static helpers the engine calls. */
export interface PouchStatic {
  new (name: string, options?: PouchDatabaseOptions): PouchDatabase;
  replicate(source: PouchDatabase, target: PouchDatabase, options?: ReplicateOptions): Promise<ReplicationResult>;
  fetch(url: string | Request, init?: RequestInit): Promise<Response>;
}
