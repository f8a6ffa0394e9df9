/**
 * Times the import of an exported report file as the options page runs it: readReportFiles (decode, parse,
 * recognise, preview) then applyReportImport (one Dexie transaction), on a fresh database deleted
 * afterwards. The file is fetched first (not timed: the user's drop hands over bytes already in memory).
 */
import { Dexie } from 'dexie';
import { openDatabase } from '../../../lib/db/database';
import { storeStats } from '../../../lib/db/stats';
import { storedValuesOfLabel } from '../../../lib/db/value-store';
import { applyReportImport, readReportFiles, type ImportPreview } from '../../../lib/import';

export interface ImportSample {
  periodStart: string;
  periodEnd: string;
  label: string;
  metric: string;
  value: number | null;
}

interface Options {
  url: string;
  name: string;
  today: string;
  /** Untimed-by-apply parse runs before the import: the first one also loads the SheetJS chunk. */
  parseRuns: number;
  samples: ImportSample[];
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function previewFacts(preview: ImportPreview) {
  const file = preview.files[0];
  const sheet = file?.sheets[0];
  return {
    error: file?.error ? JSON.stringify(file.error) : null,
    sheets: file?.sheets.length ?? 0,
    period: sheet ? `${sheet.period.kind} ${sheet.period.start ?? '?'}…${sheet.period.end ?? '?'} (${sheet.period.days ?? '?'} days)` : 'none',
    agents: sheet?.agents.length ?? 0,
    metrics: sheet?.metrics.length ?? 0,
    problems: (sheet?.problems.length ?? 0) + (sheet?.moreProblems ?? 0),
    valueCount: file?.sheets.reduce((n, s) => n + s.valueCount, 0) ?? 0,
  };
}

async function importYear(o: Options) {
  const bytes = new Uint8Array(await (await fetch(o.url)).arrayBuffer());
  const files = [{ name: o.name, bytes }];

  // Parse alone, several times: the first includes loading the SheetJS chunk (the options page's first drop).
  const parseOnlyMs: number[] = [];
  for (let i = 0; i < o.parseRuns; i++) {
    gc();
    const t0 = performance.now();
    await readReportFiles(files, { today: o.today });
    parseOnlyMs.push(performance.now() - t0);
  }

  const name = `kefu-bench-import-${Date.now()}`;
  const db = openDatabase(name);
  await db.open(); // schema creation is not part of the import
  try {
    gc();
    const t0 = performance.now();
    const preview = await readReportFiles(files, { today: o.today, db });
    const t1 = performance.now();
    const result = await applyReportImport(db, preview, { periods: {} });
    const t2 = performance.now();
    const [values, captures] = await Promise.all([storeStats(db).then((s) => s.values), db.captures.count()]);

    // The stored values are the file's: look up the samples by their index.
    const wrong: string[] = [];
    for (const s of o.samples) {
      const rows = (await storedValuesOfLabel(db, s.label, s.periodStart, s.periodStart)).filter((v) => v.metric === s.metric && v.periodEnd === s.periodEnd);
      if (rows.length !== 1 || rows[0]!.value !== s.value) wrong.push(`${s.label} ${s.periodStart} ${s.metric}: ${rows.map((r) => r.value).join('/') || 'absent'} ≠ ${s.value}`);
    }

    // Importing the same file again changes nothing.
    const again = await readReportFiles(files, { today: o.today, db });
    const second = await applyReportImport(db, again, { periods: {} });
    const valuesAfter = (await storeStats(db)).values;

    return {
      bytes: bytes.length,
      parseOnlyMs,
      parseMs: t1 - t0,
      writeMs: t2 - t1,
      preview: previewFacts(preview),
      result: result.ok ? { ok: true, files: result.files, values: result.values } : { ok: false, problems: result.problems.map((p) => JSON.stringify(p)) },
      values,
      captures,
      wrongSamples: wrong,
      reimport: {
        alreadyImported: again.files[0]?.alreadyImported ?? false,
        skipped: second.ok ? second.skipped.length : -1,
        valuesUnchanged: valuesAfter === values,
      },
    };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

Object.assign(window, { kefuBench: { importYear } });
