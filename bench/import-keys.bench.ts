/**
 * How `organizations` and `measures` keep their keys during a bulk load, for
 * people (the measurements behind migration 013; never run by tests). A
 * million new firms (ids like the importer's, one yearly figure each) are
 * inserted in one transaction into a fresh database file and checkpointed,
 * in a child process per variant timed by /usr/bin/time (wall, CPU user +
 * system, peak RSS), under the import's memory cap of 1.5 GB:
 *  - PRIMARY KEY on both tables, rows in arrival order: the schema before 013 (the baseline);
 *  - the same, rows appended in key order;
 *  - no key constraint, uniqueness proved by SQL first (duplicates in the load, ids already
 *    stored: GROUP BY and anti-join), rows in arrival order, then in key order — the choice of 013;
 *  - no key constraint, a UNIQUE index built after the load (drop and rebuild).
 * Then a look-up by id (a prepared `WHERE id = $1`, 200 ids) in memory: ART index, no index
 * with rows in arrival order, no index with rows in key order (row groups' min/max statistics).
 * Rows: 1M; ATLAS_BENCH_ROWS sets another count.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFile } from './run.ts';

const ROOT = new URL('../', import.meta.url).pathname;
const DUCK = join(ROOT, 'node_modules/@duckdb/node-api/lib/index.js');
const rows = Number(process.env.ATLAS_BENCH_ROWS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'atlas-keys-bench-'));

const ORG = `id VARCHAR NOT NULL, uscc VARCHAR, name VARCHAR NOT NULL, name_en VARCHAR,
  kind VARCHAR NOT NULL, region VARCHAR, province VARCHAR, prefecture VARCHAR, address VARCHAR,
  lon DOUBLE, lat DOUBLE, crs VARCHAR, industries VARCHAR[], industry_labels VARCHAR[],
  tags VARCHAR[], external_ids JSON, synthetic BOOLEAN NOT NULL, verified BOOLEAN NOT NULL,
  provenance JSON NOT NULL, location_precision VARCHAR`;
const MEASURE = `organization VARCHAR NOT NULL, year INTEGER NOT NULL, employees DOUBLE,
  revenue DOUBLE, output DOUBLE, rd_spend DOUBLE, patents DOUBLE`;

const loadScript = join(dir, 'load.mjs');
writeFileSync(
  loadScript,
  `import { DuckDBInstance } from '${DUCK}';
const [variant, n, path] = [process.argv[2], Number(process.argv[3]), process.argv[4]];
const db = await DuckDBInstance.create(path);
const c = await db.connect();
const pk = variant.startsWith('pk');
const sorted = variant !== 'pk' && variant !== 'checked-arrival';
await c.run("SET memory_limit = '1500MB'");
await c.run(\`CREATE TABLE organizations (${ORG}\${pk ? ', PRIMARY KEY (id)' : ''})\`);
await c.run(\`CREATE TABLE measures (${MEASURE}\${pk ? ', PRIMARY KEY (organization, year)' : ''})\`);
await c.run(\`CREATE TEMP TABLE v AS SELECT 'org-91' || upper(substr(md5(i::VARCHAR), 1, 16)) AS id,
  '91' || upper(substr(md5(i::VARCHAR), 1, 16)) AS uscc, '华兴' || i || '号科技有限公司' AS name,
  '440305' AS region, 113.9 + (i % 100) / 1000 AS lon, 22.5 AS lat, ['3670'] AS industries,
  i % 5000 AS employees, i * 1.5 AS revenue FROM range(\${n}) t(i)\`);
await c.run('BEGIN');
if (!pk) {
  const d = await c.runAndReadAll(\`SELECT count(*)::INTEGER FROM (
    SELECT id FROM v GROUP BY id HAVING count(*) > 1
    UNION ALL SELECT id FROM v WHERE id IN (SELECT id FROM organizations))\`);
  if (d.getRows()[0][0] !== 0) throw new Error('duplicate keys');
}
const order = sorted ? 'ORDER BY id' : '';
await c.run(\`INSERT INTO organizations SELECT id, uscc, name, NULL, 'enterprise', region, '440000',
  '440300', NULL, lon, lat, 'GCJ02', industries, [], [], '{}', false, false,
  '{"source":"registry.csv","method":"import"}', NULL FROM v \${order}\`);
await c.run(\`INSERT INTO measures SELECT id, 2024, employees, revenue, NULL, NULL, NULL FROM v \${order}\`);
if (variant === 'index-after') {
  await c.run('CREATE UNIQUE INDEX organizations_id ON organizations (id)');
  await c.run('CREATE UNIQUE INDEX measures_key ON measures (organization, year)');
}
await c.run('COMMIT');
await c.run('CHECKPOINT');
`,
);

const lookupScript = join(dir, 'lookup.mjs');
writeFileSync(
  lookupScript,
  `import { DuckDBInstance } from '${DUCK}';
const n = Number(process.argv[2]);
const out = {};
for (const v of ['art', 'unordered', 'ordered']) {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(\`CREATE TABLE o (id VARCHAR \${v === 'art' ? 'PRIMARY KEY' : ''}, name VARCHAR)\`);
  await c.run(\`INSERT INTO o SELECT 'org-91' || upper(substr(md5(i::VARCHAR), 1, 16)) AS id, 'n' || i
    FROM range(\${n}) t(i) \${v === 'ordered' ? 'ORDER BY id' : ''}\`);
  const ids = (await c.runAndReadAll('SELECT id FROM o USING SAMPLE 200 ROWS')).getRows().map((r) => r[0]);
  const p = await c.prepare('SELECT * FROM o WHERE id = $1');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const id of ids) { p.bindVarchar(1, id); await p.runAndReadAll(); }
  const cpu = process.cpuUsage(c0);
  out[v] = { wallMs: (performance.now() - t0) / ids.length, cpuMs: (cpu.user + cpu.system) / 1e3 / ids.length };
}
console.log(JSON.stringify(out));
`,
);

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  ok: boolean;
  note?: string;
  stdout: string;
}

function timed(args: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr);
  return {
    wall: m ? Number(m[1]) : NaN,
    cpu: m ? Number(m[2]) + Number(m[3]) : NaN,
    rssMb: m ? Number(m[4]) / 1024 : NaN,
    ok: r.status === 0,
    note: r.status === 0 ? undefined : r.stderr.slice(-300),
    stdout: r.stdout,
  };
}

const VARIANTS: [string, string][] = [
  ['pk', 'PRIMARY KEY, arrival order (before 013)'],
  ['pk-sorted', 'PRIMARY KEY, key order'],
  ['checked-arrival', 'no key, checked in SQL, arrival order'],
  ['checked', 'no key, checked in SQL, key order (013)'],
  ['index-after', 'no key, UNIQUE index built after'],
];

const loads = new Map<string, Run>();
let lookups: Record<string, { wallMs: number; cpuMs: number }> | undefined;

const bench: BenchFile = {
  title: `keys of organizations and measures during a ${rows.toLocaleString('en')}-row load (child processes; the schema before migration 013 is the baseline, same run)`,
  setup: () => {
    try {
      for (const [v] of VARIANTS) {
        const path = join(dir, `${v}.duckdb`);
        loads.set(v, timed([loadScript, v, String(rows), path]));
        rmSync(path, { force: true });
        rmSync(`${path}.wal`, { force: true });
      }
      const l = timed([lookupScript, String(rows)]);
      lookups = l.ok ? JSON.parse(l.stdout) : undefined;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  benchmarks: [
    {
      name: 'bulk load',
      fast: () => undefined,
      runs: 1,
      report: () => {
        const base = loads.get('pk');
        return VARIANTS.map(([v, label]) => {
          const r = loads.get(v);
          if (!r?.ok) return `${label}: FAILED ${r?.note ?? ''}`;
          const ratio = base?.ok ? ` (${(r.cpu / base.cpu).toFixed(2)}× the baseline's CPU)` : '';
          return `${label}: wall ${r.wall.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s${ratio}, peak RSS ${r.rssMb.toFixed(0)} MB`;
        }).join('\n    ');
      },
    },
    {
      name: 'look-up by id',
      fast: () => undefined,
      runs: 1,
      report: () =>
        lookups
          ? Object.entries(lookups)
              .map(([v, x]) => `${v}: ${x.cpuMs.toFixed(2)} ms CPU, ${x.wallMs.toFixed(2)} ms wall`)
              .join('; ') + ' per look-up'
          : 'FAILED',
    },
  ],
};
export default bench;
