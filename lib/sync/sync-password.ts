import { Dexie, type EntityTable } from 'dexie';

/**
 * The sync password, encrypted at rest: AES-GCM with a key WebCrypto made non-extractable, kept in
 * IndexedDB as a CryptoKey object, so no script (ours included) can read the key's bytes, and a copy of
 * the profile's files holds no readable password. Its own database, not the main one: backups and
 * "delete everything" of the data never carry it, and forgetting it touches nothing else.
 */

const SECRET_DATABASE_NAME = 'kefu-sync-secret';

interface SecretRecord {
  key: 'password';
  cryptoKey: CryptoKey;
  iv: Uint8Array;
  data: ArrayBuffer;
}

class SecretDatabase extends Dexie {
  declare secrets: EntityTable<SecretRecord, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ secrets: 'key' });
  }
}

async function withSecrets<T>(run: (db: SecretDatabase) => Promise<T>, name = SECRET_DATABASE_NAME): Promise<T> {
  const db = new SecretDatabase(name);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/** Encrypts and stores the password, replacing any stored one (a new key each time). */
export async function storeSyncPassword(password: string, databaseName?: string): Promise<void> {
  if (password === '') throw new Error('storeSyncPassword: empty password');
  const cryptoKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, cryptoKey, new TextEncoder().encode(password));
  await withSecrets((db) => db.secrets.put({ key: 'password', cryptoKey, iv, data }), databaseName);
}

export async function forgetSyncPassword(databaseName?: string): Promise<void> {
  await withSecrets((db) => db.secrets.delete('password'), databaseName);
}

export async function hasSyncPassword(databaseName?: string): Promise<boolean> {
  return withSecrets(async (db) => (await db.secrets.get('password')) !== undefined, databaseName);
}

/** The stored password decrypted, or null when none is stored (or it no longer decrypts: enter it again). */
export async function readSyncPassword(databaseName?: string): Promise<string | null> {
  const record = await withSecrets((db) => db.secrets.get('password'), databaseName);
  if (!record) return null;
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: record.iv as Uint8Array<ArrayBuffer> }, record.cryptoKey, record.data);
    return new TextDecoder().decode(plain);
  } catch {
    // A key that no longer decrypts is as good as no password: the views ask for it again (no_password).
    return null;
  }
}
