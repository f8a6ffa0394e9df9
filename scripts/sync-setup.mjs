#!/usr/bin/env node
// Prepares a CouchDB 3 server (or the pouchdb-server stand-in) for team sync (issue 13), idempotently:
//   npm run sync:setup -- --url http://admin:pw@host:5984 --shop 店铺A --manager NAME:PW --agent NAME:PW …
// Creates each shop's database, the users (_users, roles manager/agent), _security (admins = manager
// role, members = agent + manager roles) and a validate_doc_update that lets only managers write.
//
// Shops where agents may see only their own numbers (CouchDB has no per-document read rights):
//   --own ACCOUNT=店铺:昵称   gives the account a database of its own (kefu-agent-<base32 of the account>),
//                            read by that account only, filled by the managers' browsers with that agent
//                            text's records; its shop becomes private: agents are no longer members of the
//                            shop database (managers only). The mapping is the document agentdb:ACCOUNT
//                            in the shop database. Repeat for each agent (or for a second text of one).
//   --drop-own ACCOUNT       removes the account's mappings from every shop database, locks its database
//                            to managers and deletes every document in it (the shop's data stays). The
//                            database itself stays: deleting and re-creating it would leave an agent browser
//                            that synced it before waiting for changes past its old checkpoint.
//   --share 店铺             makes a private shop readable by every agent again (mappings stay).
// A shop once private stays private when the command runs again without --own.
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';
function base32(text) {
  let out = '', bits = 0, buffer = 0;
  for (const byte of new TextEncoder().encode(text.trim())) {
    buffer = (buffer << 8) | byte; bits += 8;
    while (bits >= 5) { out += BASE32[(buffer >>> (bits - 5)) & 31]; bits -= 5; }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32[(buffer << (5 - bits)) & 31];
  return out;
}
// The same names as lib/sync/shop-database.ts and lib/sync/agent-database.ts (tests/unit/sync/agent-db checks they agree).
export function shopDatabaseName(shop) {
  return 'kefu-shop-' + base32(shop);
}
export function agentDatabaseName(account) {
  return 'kefu-agent-' + base32(account);
}

const VALIDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1 || roles.indexOf('manager') !== -1) return;
  throw({ forbidden: 'Only a manager may write to this shop (agents read only).' });
}`;
const VALIDATE_AGENT = VALIDATE.replace('to this shop (agents read only)', "to this agent database (the agent reads only)");

/** `ACCOUNT=店铺:昵称` → { account, label, shop }; a clear error for anything else. */
export function parseOwnSpec(spec) {
  const at = spec.indexOf('=');
  const account = at > 0 ? spec.slice(0, at).trim() : '';
  const label = at > 0 ? spec.slice(at + 1).trim() : '';
  const colon = label.indexOf(':');
  const shop = colon > 0 ? label.slice(0, colon).trim() : '';
  if (account === '' || shop === '' || label.slice(colon + 1).trim() === '') throw new Error(`--own wants ACCOUNT=店铺:昵称 (the agent's account, then the agent text as the console shows it), got "${spec}"`);
  return { account, label, shop };
}

export async function setup({ url, shops = [], managers = [], agents = [], own = [], dropOwn = [], share = [], log = console.log }) {
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
  const docPath = (db, id) => `/${db}/${encodeURIComponent(id)}`;
  // `incarnation` is drawn once per database: a database deleted and set up again gets a new one, and browsers
  // then compare everything instead of resuming at their old checkpoints (lib/sync/server-mark.ts).
  async function putDesign(db, validate) {
    const ddoc = await call('GET', `/${db}/_design/kefu-readonly`);
    const incarnation = ddoc.status === 200 && typeof ddoc.json.incarnation === 'string' ? ddoc.json.incarnation : randomUUID();
    if (ddoc.status === 200 && ddoc.json.validate_doc_update === validate && ddoc.json.incarnation === incarnation) return;
    await must('PUT', `/${db}/_design/kefu-readonly`, { validate_doc_update: validate, incarnation, ...(ddoc.status === 200 ? { _rev: ddoc.json._rev } : {}) });
  }

  const mappings = own.map(parseOwnSpec);
  const privateNow = new Set(mappings.map((m) => m.shop));
  const both = share.find((s) => privateNow.has(s.trim()));
  if (both !== undefined) throw new Error(`shop "${both}" is given both --own (private) and --share (readable by all agents)`);

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
  const sharing = new Set(share.map((s) => s.trim()));
  for (const shop of [...new Set([...shops.map((s) => s.trim()), ...privateNow, ...sharing])]) {
    const db = shopDatabaseName(shop);
    const created = (await must('PUT', `/${db}`, undefined, [201, 202, 412])).status !== 412;
    // Private stays private on a later run: only --share opens it again.
    const before = created ? null : (await call('GET', `/${db}/_security`)).json;
    const wasPrivate = !!before?.members?.roles?.includes('manager') && !before.members.roles.includes('agent');
    const isPrivate = !sharing.has(shop) && (privateNow.has(shop) || wasPrivate);
    await must('PUT', `/${db}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [], roles: isPrivate ? ['manager'] : ['agent', 'manager'] } });
    await putDesign(db, VALIDATE);
    log(`shop ${shop}: database ${db}, ${isPrivate ? 'private (agents read their own databases only)' : 'readable by every agent'}, validation set`);
  }

  for (const { account, label, shop } of mappings) {
    const agentDb = agentDatabaseName(account);
    await must('PUT', `/${agentDb}`, undefined, [201, 202, 412]);
    // Members: the account alone (also after --drop-own had locked it).
    await must('PUT', `/${agentDb}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [account], roles: [] } });
    await putDesign(agentDb, VALIDATE_AGENT);
    const shopDb = shopDatabaseName(shop);
    const id = 'agentdb:' + account;
    const old = await call('GET', docPath(shopDb, id));
    const labels = [...new Set([...(old.status === 200 && Array.isArray(old.json.labels) ? old.json.labels : []), label])].sort();
    if (old.status !== 200 || JSON.stringify(old.json.labels) !== JSON.stringify(labels) || old.json.kind !== 'agent-database') {
      await must('PUT', docPath(shopDb, id), { _id: id, kind: 'agent-database', account, labels, ...(old.status === 200 ? { _rev: old.json._rev } : {}) });
    }
    log(`agent ${account}: database ${agentDb} (only ${account} reads it), filled with ${labels.join(', ')} by the managers of ${shop}`);
  }

  for (const raw of dropOwn) {
    const account = raw.trim();
    if (account === '') throw new Error('--drop-own wants the agent\'s account name');
    const id = 'agentdb:' + account;
    const all = (await must('GET', '/_all_dbs')).json;
    for (const db of all.filter((name) => name.startsWith('kefu-shop-'))) {
      const old = await call('GET', docPath(db, id));
      if (old.status === 200) await must('DELETE', `${docPath(db, id)}?rev=${encodeURIComponent(old.json._rev)}`);
    }
    const agentDb = agentDatabaseName(account);
    const exists = await call('GET', `/${agentDb}`);
    if (exists.status === 200) {
      await must('PUT', `/${agentDb}/_security`, { admins: { names: [], roles: ['manager'] }, members: { names: [], roles: ['manager'] } });
      const { rows } = (await must('GET', `/${agentDb}/_all_docs`)).json;
      const gone = rows.filter((r) => !r.id.startsWith('_design/')).map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true }));
      if (gone.length > 0) await must('POST', `/${agentDb}/_bulk_docs`, { docs: gone });
      await call('POST', `/${agentDb}/_compact`, {}); // CouchDB then drops the deleted documents' bodies
    }
    log(`agent ${account}: mapping removed, database ${agentDb} emptied and readable by managers only`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const many = { type: 'string', multiple: true };
  const { values } = parseArgs({ options: { url: { type: 'string' }, shop: many, manager: many, agent: many, own: many, 'drop-own': many, share: many } });
  if (!values.url || !(values.shop?.length || values.own?.length || values['drop-own']?.length || values.share?.length)) {
    console.error('usage: npm run sync:setup -- --url http://admin:pw@host:5984 --shop 店铺A [--shop …] [--manager NAME:PW …] [--agent NAME:PW …]\n' +
      '       [--own ACCOUNT=店铺:昵称 …] [--drop-own ACCOUNT …] [--share 店铺 …]');
    process.exit(2);
  }
  setup({ url: values.url, shops: values.shop ?? [], managers: values.manager ?? [], agents: values.agent ?? [], own: values.own ?? [], dropOwn: values['drop-own'] ?? [], share: values.share ?? [] }).catch((e) => {
    console.error(String(e.message ?? e));
    process.exit(1);
  });
}
