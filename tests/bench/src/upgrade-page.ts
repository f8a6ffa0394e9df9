/**
 * Times the schema upgrade an existing user meets once: a version-2 store of per-value records (written
 * raw, as version 2 stored them) opened by today's KefuDatabase, which packs them into month records.
 */
import { Dexie } from 'dexie';
import { openDatabase } from '../../../lib/db/database';
import { agentHistory } from '../../../lib/db/insight-queries';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema-versions';
import { storeStats } from '../../../lib/db/stats';
import { valueRecordsOf } from '../../../lib/db/write-capture';
import { yearOfCaptures } from './year-of-captures';

interface Options {
  days: number;
  agents: number;
  metrics: number;
}

async function upgrade(o: Options) {
  const year = yearOfCaptures(o.days, o.agents, o.metrics);
  const name = `kefu-bench-upgrade-${Date.now()}`;
  const old = new Dexie(name);
  old.version(2).stores(SCHEMA_VERSIONS[1]!.stores as Record<string, string>);
  await old.open();
  const w0 = performance.now();
  for (const [i, { capture, capturedAt }] of year.entries()) await old.table('values').bulkPut(valueRecordsOf(capture, i + 1, capturedAt));
  const oldWriteMs = performance.now() - w0;
  const oldValues = await old.table('values').count();
  old.close();

  const db = openDatabase(name);
  try {
    const t0 = performance.now();
    await db.open();
    const upgradeMs = performance.now() - t0;
    const { values } = await storeStats(db);
    const records = await db.valueMonths.count();
    // One agent's whole history reads back complete.
    const firstAgent = year[0]!.capture.rows[0]!.label;
    const agentValues = (await agentHistory(db, [firstAgent])).length;
    return { oldValues, oldWriteMs, upgradeMs, values, records, agentValues, expectedAgentValues: o.days * o.metrics };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

Object.assign(window, { kefuBench: { upgrade } });
