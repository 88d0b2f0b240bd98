/**
 * The change history of a large import's new records, old statement against
 * new in one process: `npx tsx bench/history-creates.ts [rows]` (default 1M),
 * for people, never run by tests. Imports a seeded registry
 * (bench/registry-csv.ts) into a database file once, then writes the
 * 'create' rows of every organisation and yearly figure with the reference
 * (json_object over each field's to_json, tests/store/reference-creates.ts)
 * and with store/history.ts's recordCreates, alternately, each in a
 * transaction rolled back. Prints the CPU of the process (DuckDB's threads
 * included) per round and the ratio new / old: the machine is shared, so
 * read the ratio before the seconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../src/services/import/import-file.ts';
import type { Tx } from '../src/store/duck.ts';
import { recordCreates, TRACKED_MEASURE, TRACKED_ORGANIZATION } from '../src/store/history.ts';
import { openStore } from '../src/store/store.ts';
import { referenceCreates } from '../tests/store/reference-creates.ts';
import { writeRegistryCsv } from './registry-csv.ts';

const rows = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'atlas-history-bench-'));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const source = "json_extract_string(t.provenance, '$.source')";
type Writer = typeof recordCreates;

try {
  const file = join(dir, 'registry.csv');
  writeRegistryCsv(file, rows, { seed: 1 });
  const db = await openStore({ path: join(dir, 'atlas.duckdb') });
  await importFile(db, file, { kind: 'organizations', importId: 'bench' });
  const round = async (write: Writer): Promise<number> => {
    let spent = 0;
    await db
      .transaction(async (tx: Tx) => {
        const c0 = cpu();
        await write(tx, TRACKED_ORGANIZATION, 'organizations', 'true', {}, source);
        await write(tx, TRACKED_MEASURE, 'measures', 'true', {}, source);
        spent = cpu() - c0;
        throw new Error('roll back');
      })
      .catch((e: Error) => {
        if (e.message !== 'roll back') throw e;
      });
    return spent;
  };
  const n = await db.one(
    `SELECT (SELECT count(*) FROM organizations) AS o, (SELECT count(*) FROM measures) AS m`,
  );
  process.stdout.write(`${rows} rows: ${n?.o} organisations, ${n?.m} yearly figures\n`);
  const old: number[] = [];
  const now: number[] = [];
  for (let k = 0; k < 3; k++) {
    old.push(await round(referenceCreates));
    now.push(await round(recordCreates));
    process.stdout.write(
      `round ${k + 1}: reference ${old[k].toFixed(2)} s CPU, struct ${now[k].toFixed(2)} s CPU\n`,
    );
  }
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  process.stdout.write(`struct / reference: ${(sum(now) / sum(old)).toFixed(2)} of the CPU\n`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
