import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryRows } from '../../bench/registry-csv.ts';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { AtlasMatcher } from '../../src/services/resolution/atlas-matcher.ts';
import { type AtlasMatchRow, matchToAtlas } from '../../src/services/resolution/match-to-atlas.ts';
import type { Duck } from '../../src/store/duck.ts';
import { atlasRecords } from '../../src/store/queries/resolution-records.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * The import's matcher (services/resolution/atlas-matcher.ts: unit counts,
 * score bounds, candidates tested one by one) against the slow, obvious one
 * (matchToAtlas: every blocking candidate scored) on the bundled atlas: the
 * same rows paired, with the same organisation, decision, score and reasons.
 */
let db: Duck;
let rows: AtlasMatchRow[];
let reference: Awaited<ReturnType<typeof matchToAtlas>>;

/** A seeded registry, and atlas names as files write them: renamed, shortened, suffixed, moved. */
function registry(atlas: Awaited<ReturnType<typeof atlasRecords>>): AtlasMatchRow[] {
  const gen = registryRows(3);
  const out: AtlasMatchRow[] = [];
  for (let i = 0; i < 1500; i++) {
    const [name, uscc, region, , , industry] = gen(i).split(',');
    out.push({ id: `g${i}`, name, uscc: i % 4 === 0 ? uscc : undefined, region, industry });
  }
  const regions = ['430100', '440300', '110000', '310000', '510100', '420100'];
  atlas.forEach((a, k) => {
    if (k % 7 !== 0) return;
    const region = k % 3 === 0 ? (a.region ?? undefined) : regions[k % regions.length];
    const core = a.name.replace(/(股份)?有限(责任)?公司$/, '');
    const variants = [
      `${a.name}`,
      `${core.slice(0, Math.max(2, core.length - 1))}有限公司`,
      `${core}(集团)股份有限公司`,
      `湖南${core.slice(0, 4)}科技有限公司`,
      `${core.slice(1)}`,
    ];
    const v = variants[k % variants.length];
    out.push({ id: `a${k}`, name: v, region, industry: a.industry ?? undefined });
  });
  return out;
}

beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  rows = registry(await atlasRecords(db));
  reference = await matchToAtlas(db, rows);
}, 300_000);

afterAll(() => db.close());

describe('the import matcher against matchToAtlas', () => {
  it('pairs the same rows with the same organisations, decisions, scores and reasons', async () => {
    const fast = (await AtlasMatcher.open(db)).pair(rows);
    const expected = reference.matches.filter((m) => m.organization);
    // The data exercise every kind of decision.
    const kinds = new Set(expected.map((m) => `${m.how}:${m.decision}`));
    expect(kinds).toContain('resolver:match');
    expect(kinds).toContain('resolver:review');
    expect(expected.some((m) => m.reasons.includes('ambiguous'))).toBe(true);
    expect([...fast.paired.values()].sort((a, b) => a.row.localeCompare(b.row))).toEqual(
      expected.sort((a, b) => a.row.localeCompare(b.row)),
    );
    expect(fast.comparisons).toBeLessThanOrEqual(fast.candidates);
  }, 300_000);

  it('decides a file given in slices as one pass does, with the whole file counted', async () => {
    const matcher = await AtlasMatcher.open(db);
    const counts = new Map<string, number>();
    const paired = new Set<string>();
    const again: AtlasMatchRow[] = [];
    for (let at = 0; at < rows.length; at += 700) {
      const part = rows.slice(at, at + 700);
      const out = matcher.pair(part);
      for (const [g, n] of out.leftGrams) counts.set(g, (counts.get(g) ?? 0) + n);
      const dependent = new Set(out.countDependent);
      for (const r of part)
        if (dependent.has(r.id)) again.push(r);
        else if (out.paired.has(r.id)) paired.add(r.id);
    }
    for (const id of matcher.pair(again, { counts }).paired.keys()) paired.add(id);
    const expected = reference.matches.filter((m) => m.organization).map((m) => m.row);
    expect([...paired].sort()).toEqual(expected.sort());
  }, 300_000);
});

describe('an atlas whose every organisation has a USCC', () => {
  // 鑫垚 is common only when the rows settled by their USCC are counted: nine names
  // in the file and one in the atlas, one more than commonCount.
  const NAMES = ['湖南', '湖南省'].flatMap((p) =>
    ['有限公司', '股份有限公司', '集团有限公司', '有限责任公司', '科技有限公司'].map(
      (f) => `${p}鑫垚${f}`,
    ),
  );

  it('settles rows by their USCC and counts their names when the counts are asked', async () => {
    const small = await openStore({ path: ':memory:' });
    try {
      const seed = registryRows(9);
      const prov = JSON.stringify({ source: 'tests', synthetic: true });
      await small.transaction(async (tx) => {
        for (let i = 0; i < 4; i++) {
          const [name, uscc, region, , , industry] = seed(i).split(',');
          await tx.exec(
            `INSERT INTO organizations (id, uscc, name, kind, region, industries, synthetic, verified, provenance)
             VALUES ($id, $uscc, $name, 'enterprise', $region, [$industry], true, false, $prov)`,
            {
              id: `s${i}`,
              uscc,
              name: i === 0 ? '湘潭鑫垚有限公司' : name,
              region,
              industry,
              prov,
            },
          );
        }
      });
      const gen = registryRows(1);
      const file: AtlasMatchRow[] = Array.from({ length: 60 }, (_, i) => {
        const [name, uscc, region] = gen(i).split(',');
        const k = i % 6 === 0 ? i / 6 : -1; // nine rows of the core, four of them without a USCC
        if (k < 0 || k >= 9) return { id: `r${i}`, name, uscc, region };
        return { id: `r${i}`, name: NAMES[k], uscc: k < 4 ? undefined : uscc, region: '430102' };
      });
      const reference = await matchToAtlas(small, file);
      const matcher = await AtlasMatcher.open(small);
      const counts = new Map<string, number>();
      const paired = new Set<string>();
      const again: AtlasMatchRow[] = [];
      let uncounted = 0;
      for (let at = 0; at < file.length; at += 20) {
        const out = matcher.pair(file.slice(at, at + 20));
        uncounted += out.uncounted;
        for (const [g, n] of out.leftGrams) counts.set(g, (counts.get(g) ?? 0) + n);
        for (const r of file.slice(at, at + 20))
          if (out.countDependent.includes(r.id)) again.push(r);
          else if (out.paired.has(r.id)) paired.add(r.id);
      }
      expect(uncounted).toBe(60 - 4);
      expect(again.length).toBeGreaterThan(0);
      // Without the settled rows' names the core is rare and the four would pair.
      expect(matcher.pair(again, { counts: new Map(counts) }).paired.size).toBeGreaterThan(0);
      for (const [g, n] of matcher.uncountedGrams(file)) counts.set(g, (counts.get(g) ?? 0) + n);
      for (const id of matcher.pair(again, { counts }).paired.keys()) paired.add(id);
      const expected = reference.matches.filter((m) => m.organization).map((m) => m.row);
      expect([...paired].sort()).toEqual(expected.sort());
    } finally {
      small.close();
    }
  }, 120_000);
});
