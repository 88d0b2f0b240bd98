/**
 * `atlas import --kind organizations` of seeded registries (bench/registry-csv.ts:
 * name, USCC, region, lon, lat, GB/T 4754 class, employees, revenue, year;
 * every check on), for people: never run by tests. Sizes 100k and 1M rows;
 * 10M with ATLAS_BENCH_10M=1. Each run is a child process timed by
 * /usr/bin/time (wall and CPU seconds, peak RSS), into a database file that
 * holds 10 firms already (its rows then meet the atlas matcher) and into one
 * without organisations (a first load), beside
 * DuckDB's bare read_csv of the same file in the same run (a fresh
 * in-memory database, auto-detected types) and, at 100k rows, the row-by-row
 * import the staged one replaces (ImportOptions.columnar = false) and the
 * import into the bundled atlas (services/bootstrap.ts: 5,505 organisations in December 2026,
 * every row meeting the matcher; at 1M rows too with ATLAS_BENCH_BUNDLED_1M=1,
 * a quarter of an hour here).
 *
 * Targets: 1M rows ≥ 200,000 rows/s (under 5 s) and under 1 GB; 10M under 2 GB.
 * The machine is shared: read the ratios to the bare read, measured in the
 * same minute, before the absolute times.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeRegistryCsv } from './registry-csv.ts';
import type { BenchFile } from './run.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
const sizes = [100_000, 1_000_000, ...(process.env.ATLAS_BENCH_10M === '1' ? [10_000_000] : [])];

interface Run {
  seconds: number;
  /** CPU time, user + system, of every thread (DuckDB's too). */
  cpu: number;
  rssMb: number;
  ok: boolean;
  note?: string;
}

/** A child process under /usr/bin/time: wall time and peak resident memory. */
function timed(args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return {
    seconds: m ? Number(m[1]) : NaN,
    cpu: m ? Number(m[2]) + Number(m[3]) : NaN,
    rssMb: m ? Number(m[4]) / 1024 : NaN,
    ok: r.status === 0,
    note: r.status === 0 ? undefined : r.stderr.split('\n').slice(-4).join(' ').slice(0, 300),
  };
}

const readCsvScript = join(dir, 'read-csv.mjs');
writeFileSync(
  readCsvScript,
  `import { DuckDBInstance } from '${join(ROOT, 'node_modules/@duckdb/node-api/lib/index.js')}';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
await c.run("CREATE TABLE t AS SELECT * FROM read_csv('" + process.argv[2].replace(/'/g, "''") + "')");
`,
);
const rowByRowScript = join(dir, 'row-by-row.mts');
writeFileSync(
  rowByRowScript,
  `import { importFile } from '${join(ROOT, 'src/services/import/import-file.ts')}';
import { openStore } from '${join(ROOT, 'src/store/store.ts')}';
const db = await openStore({ path: process.argv[3] });
await importFile(db, process.argv[2], { kind: 'organizations', columnar: false });
db.close();
`,
);

const bootstrapScript = join(dir, 'bootstrap.mts');
writeFileSync(
  bootstrapScript,
  `import { bootstrap } from '${join(ROOT, 'src/services/bootstrap.ts')}';
import { openStore } from '${join(ROOT, 'src/store/store.ts')}';
const db = await openStore({ path: process.argv[2] });
await bootstrap(db);
db.close();
`,
);
const bundledMax = process.env.ATLAS_BENCH_BUNDLED_1M === '1' ? 1_000_000 : 100_000;

const seedFile = join(dir, 'seed.csv');
writeRegistryCsv(seedFile, 10, { seed: 9 });

interface Measured {
  rows: number;
  staged: Run;
  /** The same file into an atlas without organisations (the matcher has nothing to meet). */
  firstLoad: Run;
  bare: Run;
  rowByRow?: Run;
  /** The same file into the bundled atlas (every row meets the matcher). */
  bundled?: Run;
  /** `atlas --help`: the CLI's own start-up, included in every import's time. */
  start: Run;
}

const results: Measured[] = [];
try {
  for (const rows of sizes) {
    const file = join(dir, `registry-${rows}.csv`);
    writeRegistryCsv(file, rows, { seed: 1 });
    // An atlas that exists already (migrated, reference tables filled), as a registry office's does.
    const db = (k: string) => {
      const path = join(dir, `atlas-${rows}-${k}.duckdb`);
      timed(['bin/atlas.js', 'import', seedFile, '--kind', 'organizations', '--db', path]);
      return path;
    };
    const start = timed(['bin/atlas.js', '--help']);
    const bare = timed([readCsvScript, file]);
    const staged = timed([
      'bin/atlas.js',
      'import',
      file,
      '--kind',
      'organizations',
      '--db',
      db('staged'),
    ]);
    // A first load: no organisation yet, so no row meets the atlas matcher.
    const empty = join(dir, `atlas-${rows}-empty.duckdb`);
    const firstLoad = timed([
      'bin/atlas.js',
      'import',
      file,
      '--kind',
      'organizations',
      '--db',
      empty,
    ]);
    const rowByRow =
      rows <= 100_000 ? timed(['--import', 'tsx', rowByRowScript, file, db('rows')]) : undefined;
    const bundledDb = join(dir, `atlas-${rows}-bundled.duckdb`);
    if (rows <= bundledMax) timed(['--import', 'tsx', bootstrapScript, bundledDb]);
    const bundled =
      rows <= bundledMax
        ? timed(['bin/atlas.js', 'import', file, '--kind', 'organizations', '--db', bundledDb])
        : undefined;
    results.push({ rows, staged, firstLoad, bare, rowByRow, bundled, start });
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rate = (rows: number, r: Run) =>
  `${Math.round(rows / r.seconds).toLocaleString('en')} rows/s`;
const line = (label: string, rows: number, r: Run) =>
  r.ok
    ? `${label}: ${r.seconds.toFixed(2)} s, ${rate(rows, r)}, CPU ${r.cpu.toFixed(2)} s, peak RSS ${r.rssMb.toFixed(0)} MB`
    : `${label}: FAILED ${r.note ?? ''}`;

const bench: BenchFile = {
  title:
    'atlas import --kind organizations, seeded registries (child processes; bare read_csv and row-by-row baselines in the same run)',
  benchmarks: results.map((m) => ({
    name: `${m.rows.toLocaleString('en')} rows`,
    fast: () => undefined,
    runs: 1,
    report: () => {
      const target =
        m.rows === 1_000_000
          ? `    target ≥ 200,000 rows/s and < 1 GB (first load): ${m.firstLoad.ok && m.rows / m.firstLoad.seconds >= 200_000 && m.firstLoad.rssMb < 1024 ? 'meets' : 'MISSES'}`
          : m.rows === 10_000_000
            ? `    target < 2 GB (first load): ${m.firstLoad.ok && m.firstLoad.rssMb < 2048 ? 'meets' : 'MISSES'}`
            : '';
      return [
        line('atlas import (every check), atlas of 10 firms', m.rows, m.staged),
        `    ${line('atlas import (every check), no organisation yet', m.rows, m.firstLoad)}`,
        `    ${line('DuckDB read_csv, bare', m.rows, m.bare)}`,
        `    import / bare read_csv: ${(m.staged.seconds / m.bare.seconds).toFixed(1)}× the time, ${(m.staged.cpu / m.bare.cpu).toFixed(1)}× the CPU, ${(m.staged.rssMb / m.bare.rssMb).toFixed(1)}× the memory`,
        `    the CLI's start-up (atlas --help), part of the import's time: ${m.start.seconds.toFixed(2)} s, CPU ${m.start.cpu.toFixed(2)} s`,
        ...(m.bundled
          ? [`    ${line('atlas import (every check), the bundled atlas', m.rows, m.bundled)}`]
          : []),
        ...(m.rowByRow
          ? [
              `    ${line('row-by-row import (before)', m.rows, m.rowByRow)}`,
              `    speed-up over row by row: ${(m.rowByRow.seconds / m.staged.seconds).toFixed(1)}×`,
            ]
          : []),
        target,
      ]
        .filter(Boolean)
        .join('\n');
    },
  })),
};
export default bench;
