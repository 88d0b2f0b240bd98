/**
 * Where a large organisations import spends its CPU: `npx tsx bench/import-phases.ts
 * [rows] [dry]` (default 1M) imports a seeded registry (bench/registry-csv.ts) into a
 * database file that holds 10 firms (each with a USCC, as a registry loaded before), and
 * prints the process's CPU (DuckDB's threads included) and wall time at the end of each stage
 * and of every statement that took more than 0.15 s of either (DuckDB uses every core, so wall
 * can be below CPU; on a loaded machine it is far above). For people, never run by tests. The machine is
 * shared: compare two trees by running this alternately (ROOT names the other tree's folder).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = process.env.ROOT ?? new URL('../', import.meta.url).pathname;
const { importFile } = (await import(
  join(ROOT, 'src/services/import/import-file.ts')
)) as typeof import('../src/services/import/import-file.ts');
const { openStore } = (await import(
  join(ROOT, 'src/store/store.ts')
)) as typeof import('../src/store/store.ts');
const { Tx } = (await import(
  join(ROOT, 'src/store/duck.ts')
)) as typeof import('../src/store/duck.ts');
const { writeRegistryCsv } = await import('./registry-csv.ts');

const rows = Number(process.argv[2] ?? 1_000_000);
const dryRun = process.argv[3] === 'dry';
const dir = process.env.ATLAS_BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'atlas-import-phases-'));
const file = join(dir, `registry-${rows}.csv`);
if (!existsSync(file)) writeRegistryCsv(file, rows, { seed: 1 });
const base = join(dir, 'atlas-10.duckdb');
if (!existsSync(base)) {
  const seed = join(dir, 'seed.csv');
  writeRegistryCsv(seed, 10, { seed: 9 });
  const db = await openStore({ path: base });
  await importFile(db, seed, { kind: 'organizations' });
  db.close();
}
const path = join(dir, `run-${process.pid}.duckdb`);
copyFileSync(base, path);

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const statements: [number, number, string][] = [];
type Method = (this: unknown, ...a: unknown[]) => Promise<unknown>;
const proto = Tx.prototype as unknown as Record<'exec' | 'all' | 'append', Method>;
for (const m of ['exec', 'all', 'append'] as const) {
  const original = proto[m];
  proto[m] = async function (this: unknown, ...a: unknown[]) {
    const [c0, w0] = [cpu(), performance.now()];
    try {
      return await original.apply(this, a);
    } finally {
      const [c, w] = [cpu() - c0, (performance.now() - w0) / 1000];
      if (c > 0.15 || w > 0.15)
        statements.push([c, w, `${m}: ${String(a[0]).replace(/\s+/g, ' ').slice(0, 100)}`]);
    }
  };
}

const db = await openStore({ path });
try {
  const c0 = cpu();
  const t0 = performance.now();
  const report = await importFile(db, file, {
    kind: 'organizations',
    dryRun,
    importId: 'bench',
    onProgress: (done, total, stage) => {
      if (done !== total) return;
      const wall = ((performance.now() - t0) / 1000).toFixed(2);
      console.log(`${stage} done: ${(cpu() - c0).toFixed(2)} s CPU, ${wall} s wall`);
    },
  });
  const wall = (performance.now() - t0) / 1000;
  console.log(
    `${rows} rows, ${report.written} written: ${(cpu() - c0).toFixed(2)} s CPU, ${wall.toFixed(2)} s wall, ` +
      `${(process.memoryUsage().rss / 1e6).toFixed(0)} MB resident at the end`,
  );
  for (const [c, w, s] of statements)
    console.log(`${c.toFixed(2).padStart(6)} s CPU ${w.toFixed(2).padStart(6)} s wall  ${s}`);
} finally {
  db.close();
  rmSync(path, { force: true });
  rmSync(`${path}.wal`, { force: true });
  if (!process.env.ATLAS_BENCH_DIR) rmSync(dir, { recursive: true, force: true });
}
