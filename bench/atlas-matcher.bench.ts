/**
 * The import's meeting with the atlas (which rows of a registry name an
 * organisation already there), for people: never run by tests. Seeded
 * registries (bench/registry-csv.ts) in slices of 20,000 rows, the rows
 * whose decision asked the common-core counts decided again with the whole
 * file's, as services/import/stage-organizations.ts does:
 *   · 100,000 rows into the bundled atlas (services/bootstrap.ts);
 *   · 1,000,000 rows into an atlas of 10 firms (another seed).
 * Fast: services/resolution/atlas-matcher.ts (unit counts, score bounds).
 * Baseline in the same run: matchToAtlas, every blocking candidate scored
 * (the path the import took before) — on the first 100,000 rows of the 1M
 * file, scaled ×10, unless ATLAS_BENCH_OLD_1M=1. Both must pair the same
 * rows (checked, printed). CPU seconds are printed beside wall seconds: the
 * machine is shared, read the ratio measured in the same run.
 * Targets (whole import): 100k into the bundled atlas < 10 s; 1M into a
 * small atlas < 20 s.
 */
import { registryRows } from './registry-csv.ts';
import type { BenchFile } from './run.ts';
import { bootstrap } from '../src/services/bootstrap.ts';
import { AtlasMatcher } from '../src/services/resolution/atlas-matcher.ts';
import { type AtlasMatchRow, matchToAtlas } from '../src/services/resolution/match-to-atlas.ts';
import type { Duck } from '../src/store/duck.ts';
import { openStore } from '../src/store/store.ts';

const SLICE = 20_000;

function rowsOf(seed: number, n: number, prefix: string): AtlasMatchRow[] {
  const gen = registryRows(seed);
  return Array.from({ length: n }, (_, i) => {
    const [name, uscc, region, , , industry] = gen(i).split(',');
    return { id: `${prefix}${i}`, name, uscc, region, industry };
  });
}

interface Timed {
  wall: number;
  cpu: number;
  paired: Set<string>;
  /** Pairs scored, and right records looked at (fast only). */
  scored?: number;
  looked?: number;
}

type Pass = (
  rows: AtlasMatchRow[],
  counts?: Map<string, number>,
) => Promise<{
  paired: Set<string>;
  leftGrams: Map<string, number>;
  countDependent: string[];
  scored?: number;
  looked?: number;
}>;

/** Slices, then the count-dependent rows again with the whole file's counts. */
async function sliced(rows: AtlasMatchRow[], pass: Pass): Promise<Timed> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const counts = new Map<string, number>();
  const paired = new Set<string>();
  const again: AtlasMatchRow[] = [];
  let [scored, looked] = [0, 0];
  for (let at = 0; at < rows.length; at += SLICE) {
    const part = rows.slice(at, at + SLICE);
    const out = await pass(part);
    [scored, looked] = [scored + (out.scored ?? 0), looked + (out.looked ?? 0)];
    for (const [g, n] of out.leftGrams) counts.set(g, (counts.get(g) ?? 0) + n);
    const dependent = new Set(out.countDependent);
    for (const r of part)
      if (dependent.has(r.id)) again.push(r);
      else if (out.paired.has(r.id)) paired.add(r.id);
  }
  if (again.length > 0) for (const id of (await pass(again, counts)).paired) paired.add(id);
  const c = process.cpuUsage(c0);
  return {
    wall: (performance.now() - t0) / 1000,
    cpu: (c.user + c.system) / 1e6,
    paired,
    scored,
    looked,
  };
}

function fastPass(m: AtlasMatcher): Pass {
  return async (rows, counts) => {
    const out = m.pair(rows, counts ? { counts } : undefined);
    return {
      ...out,
      paired: new Set(out.paired.keys()),
      scored: out.comparisons,
      looked: out.candidates,
    };
  };
}

function oldPass(db: Duck): Pass {
  return async (rows, counts) => {
    const out = await matchToAtlas(db, rows, {}, counts ? { counts } : undefined);
    const paired = new Set(out.matches.filter((x) => x.organization).map((x) => x.row));
    return { ...out, paired };
  };
}

async function smallAtlas(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  const prov = JSON.stringify({ source: 'bench/registry-csv.ts', synthetic: true });
  await db.transaction(async (tx) => {
    for (const r of rowsOf(9, 10, 'seed-'))
      await tx.exec(
        `INSERT INTO organizations (id, uscc, name, kind, region, industries, synthetic, verified, provenance)
         VALUES ($id, $uscc, $name, 'enterprise', $region, [$industry], true, false, $prov)`,
        {
          id: r.id,
          uscc: r.uscc ?? null,
          name: r.name,
          region: r.region ?? null,
          industry: r.industry ?? null,
          prov,
        },
      );
  });
  return db;
}

interface Case {
  name: string;
  fast: Timed;
  old: Timed;
  /** The old path's share of the rows (its times are scaled by 1/share). */
  share: number;
  same: boolean;
}

async function measure(
  name: string,
  db: Duck,
  rows: AtlasMatchRow[],
  oldRows: number,
): Promise<Case> {
  const fast = await sliced(rows, fastPass(await AtlasMatcher.open(db)));
  const old = await sliced(rows.slice(0, oldRows), oldPass(db));
  const fastPart = [...fast.paired].filter((id) => Number(id.slice(1)) < oldRows);
  const same = fastPart.length === old.paired.size && fastPart.every((id) => old.paired.has(id));
  return { name, fast, old, share: oldRows / rows.length, same };
}

const cases: Case[] = [];
{
  const db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  cases.push(
    await measure('100,000 rows into the bundled atlas', db, rowsOf(1, 100_000, 'r'), 100_000),
  );
  db.close();
}
{
  const db = await smallAtlas();
  const full = process.env.ATLAS_BENCH_OLD_1M === '1';
  const rows = rowsOf(1, 1_000_000, 'r');
  cases.push(
    await measure(
      '1,000,000 rows into an atlas of 10 firms',
      db,
      rows,
      full ? rows.length : 100_000,
    ),
  );
  db.close();
}

const bench: BenchFile = {
  title:
    'the import matcher (rows paired with the atlas), unit counts and bounds vs every candidate scored',
  benchmarks: cases.map((c) => ({
    name: c.name,
    fast: () => undefined,
    runs: 1,
    report: () => {
      const oldCpu = c.old.cpu / c.share;
      const oldWall = c.old.wall / c.share;
      const scaled =
        c.share < 1 ? ` (measured on ${Math.round(c.share * 100)} % of the rows, scaled)` : '';
      return [
        `    atlas matcher: ${c.fast.wall.toFixed(2)} s wall, ${c.fast.cpu.toFixed(2)} s CPU; ${c.fast.paired.size} rows paired; ${c.fast.looked} right records looked at, ${c.fast.scored} pairs scored`,
        `    matchToAtlas (before): ${oldWall.toFixed(2)} s wall, ${oldCpu.toFixed(2)} s CPU${scaled}`,
        `    speed-up: ${(oldCpu / c.fast.cpu).toFixed(1)}× in CPU, ${(oldWall / c.fast.wall).toFixed(1)}× in wall time; same rows paired: ${c.same ? 'yes' : 'NO'}`,
      ].join('\n');
    },
  })),
};
export default bench;
