#!/usr/bin/env node
// Prepares a CouchDB 3 server (or the pouchdb-server stand-in) for team sync (issue 13), idempotently:
//   npm run sync:setup -- --url http://admin:pw@host:5984 --shop 店铺A --manager NAME:PW --agent NAME:PW …
// Creates each shop's database, the users (_users, roles manager/agent), _security (admins = manager
// role, members = agent + manager roles) and a validate_doc_update that lets only managers write.
import { parseArgs } from 'node:util';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
// The same name as lib/sync/shop-database.ts (tests/unit/sync checks they agree).
export function shopDatabaseName(shop) {
  let out = '', bits = 0, buffer = 0;
  for (const byte of new TextEncoder().encode(shop.trim())) {
    buffer = (buffer << 8) | byte; bits += 8;
    while (bits >= 5) { out += BASE32[(buffer >>> (bits - 5)) & 31]; bits -= 5; }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return 'kefu-shop-' + out;
}

const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1 || roles.indexOf('manager') !== -1) return;
  throw({ forbidden: 'Only a manager may write to this shop (agents read only).' });
}`;

export async function setup({ url, shops, managers = [], agents = [], log = console.log }) {
  const base = new URL(url);
  const auth = 'Basic ' + Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString('base64');
  base.username = ''; base.password = '';
  const root = base.toString().replace(/\/+$/, '');
  async function call(method, path, body) {
    const res = await fetch(root + path, { method, headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = await res.json().catch(() => ({}));
    return { status: res.status, json };
  }
  async function must(method, path, body, ok = [200, 201, 202]) {
    const r = await call(method, path, body);
    if (!ok.includes(r.status)) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
    return r;
  }
  // The system databases CouchDB 3 needs on a fresh single node (already there on the stand-in).
  for (const system of ['_users', '_replicator']) await must('PUT', `/${system}`, undefined, [201, 202, 412]);
  for (const [list, role] of [[managers, 'manager'], [agents, 'agent']]) {
    for (const spec of list) {
      const at = spec.indexOf(':');
      if (at <= 0 || at === spec.length - 1) throw new Error(`--${role} wants NAME:PASSWORD, got "${spec}"`);
      const name = spec.slice(0, at), password = spec.slice(at + 1);
      const id = `/_users/${encodeURIComponent('org.couchdb.user:' + name)}`;
      const old = await call('GET', id);
      const doc = { _id: 'org.couchdb.user:' + name, name, type: 'user', roles: [role], password, ...(old.status === 200 ? { _rev: old.json._rev } : {}) };
      await must('PUT', id, doc);
      log(`user ${name}: ${role}`);
    }
  }
  for (const shop of shops) {
    const db = shopDatabaseName(shop);
    await must('PUT', `/${db}`, undefined, [201, 202, 412]);
    await must('PUT', `/${db}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [], roles: ['agent', 'manager'] } });
    const ddoc = await call('GET', `/${db}/_design/kefu-readonly`);
    await must('PUT', `/${db}/_design/kefu-readonly`, { validate_doc_update: VALIDATE, ...(ddoc.status === 200 ? { _rev: ddoc.json._rev } : {}) });
    log(`shop ${shop}: database ${db}, security and validation set`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { url: { type: 'string' }, shop: { type: 'string', multiple: true }, manager: { type: 'string', multiple: true }, agent: { type: 'string', multiple: true } } });
  if (!values.url || !values.shop?.length) {
    console.error('usage: npm run sync:setup -- --url http://admin:pw@host:5984 --shop 店铺A [--shop …] [--manager NAME:PW …] [--agent NAME:PW …]');
    process.exit(2);
  }
  setup({ url: values.url, shops: values.shop, managers: values.manager ?? [], agents: values.agent ?? [] }).catch((e) => {
    console.error(String(e.message ?? e));
    process.exit(1);
  });
}
