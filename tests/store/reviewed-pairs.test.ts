import { afterEach, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { mergeOrganizationRows } from '../../src/store/merge-organization.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import {
  deleteReviewedPairs,
  pairKey,
  pairsOf,
  readReviewedPairs,
  writeReviewedPairs,
} from '../../src/store/reviewed-pairs.ts';

/**
 * The table of reviewed duplicate candidates: pairs stored once in DuckDB's
 * order, 006's rows carried into 007, and a merge that leaves no decision
 * about a record that is gone nor one of a record with itself.
 */
const prov = { source: 'test', method: 'manual' as const };
const org = (id: string) =>
  Organization.parse({ id, name: `${id}公司`, kind: 'enterprise', provenance: prov });

let open: Duck[] = [];
async function memory(): Promise<Duck> {
  const db = await Duck.open(':memory:');
  open.push(db);
  await migrate(db);
  return db;
}
afterEach(() => {
  for (const db of open) db.close();
  open = [];
});

const decided = (by: string, at = '2026-01-01T00:00:00.000Z') => ({
  decision: 'distinct' as const,
  by,
  at,
  note: null,
});
const rows = async (db: Duck) => (await readReviewedPairs(db)).map((p) => [p.a, p.b, p.decidedBy]);

describe('reviewed pairs', () => {
  it('orders a pair as DuckDB does, also past U+FFFF, and lists every pair of a group once', async () => {
    expect(pairsOf(['c', 'a', 'b', 'a'])).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    // JavaScript's `<` puts 𠀀 (U+20000, a surrogate pair) before （ (U+FF08); DuckDB does not.
    expect(pairsOf(['𠀀', '（'])).toEqual([['（', '𠀀']]);
    expect(pairKey('𠀀', '（')).toBe(pairKey('（', '𠀀'));
    const db = await memory();
    expect(await db.one(`SELECT '（' < '𠀀' AS x`)).toEqual({ x: true });
    await db.transaction((tx) => writeReviewedPairs(tx, ['𠀀', '（'], decided('a')));
    expect(await rows(db)).toEqual([['（', '𠀀', 'a']]);
    // The table refuses a pair in the wrong order or of one record.
    await expect(
      db.transaction((tx) =>
        tx.exec(`INSERT INTO reviewed_pairs VALUES ('b', 'a', 'distinct', NULL, 'now', NULL)`),
      ),
    ).rejects.toMatchObject({ code: 'ATLAS_E_STORE' });
    await expect(
      db.transaction((tx) =>
        tx.exec(`INSERT INTO reviewed_pairs VALUES ('a', 'a', 'distinct', NULL, 'now', NULL)`),
      ),
    ).rejects.toMatchObject({ code: 'ATLAS_E_STORE' });
  });

  it('records, replaces and takes back decisions, counting pairs', async () => {
    const db = await memory();
    expect(
      await db.transaction((tx) => writeReviewedPairs(tx, ['y', 'x', 'z'], decided('a'))),
    ).toBe(3);
    await db.transaction((tx) =>
      writeReviewedPairs(tx, ['x', 'y'], { ...decided('b', '2026-02-01'), note: '母子公司' }),
    );
    expect(await readReviewedPairs(db)).toEqual([
      {
        a: 'x',
        b: 'y',
        decision: 'distinct',
        decidedBy: 'b',
        decidedAt: '2026-02-01',
        note: '母子公司',
      },
      {
        a: 'x',
        b: 'z',
        decision: 'distinct',
        decidedBy: 'a',
        decidedAt: '2026-01-01T00:00:00.000Z',
        note: null,
      },
      {
        a: 'y',
        b: 'z',
        decision: 'distinct',
        decidedBy: 'a',
        decidedAt: '2026-01-01T00:00:00.000Z',
        note: null,
      },
    ]);
    expect(await db.transaction((tx) => deleteReviewedPairs(tx, ['z', 'y', 'w']))).toBe(1);
    expect(await rows(db)).toEqual([
      ['x', 'y', 'b'],
      ['x', 'z', 'a'],
    ]);
  });

  it("carries 006's decisions into 007 as 'distinct'", async () => {
    const db = await Duck.open(':memory:');
    open.push(db);
    await db.transaction((tx) =>
      tx.exec(
        'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
      ),
    );
    for (const m of migrations.filter((x) => x.version <= 6))
      await db.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.exec('INSERT INTO schema_migrations VALUES ($1, $2, now())', [m.version, m.name]);
      });
    await db.transaction((tx) =>
      tx.exec(`INSERT INTO distinct_pairs VALUES ('o1', 'o2', 'ana', '2026-03-01', '两地两家')`),
    );
    expect(await migrate(db)).toEqual(
      migrations.filter((x) => x.version > 6).map((x) => x.version),
    );
    expect(await readReviewedPairs(db)).toEqual([
      {
        a: 'o1',
        b: 'o2',
        decision: 'distinct',
        decidedBy: 'ana',
        decidedAt: '2026-03-01',
        note: '两地两家',
      },
    ]);
    await expect(db.all('SELECT * FROM distinct_pairs')).rejects.toMatchObject({
      code: 'ATLAS_E_STORE',
    });
  });

  it('a merge passes decisions about the merged record to the one kept, and drops the pair of the two', async () => {
    const db = await memory();
    await db.transaction((tx) => writeOrganizations(tx, ['a', 'k', 'm', 'p', 'q', 'r'].map(org)));
    await db.transaction(async (tx) => {
      await writeReviewedPairs(tx, ['k', 'm'], decided('void')); // becomes (k, k): dropped
      await writeReviewedPairs(tx, ['m', 'p'], decided('moved')); // becomes (k, p)
      await writeReviewedPairs(tx, ['a', 'm'], decided('moved-first')); // becomes (a, k): k sorts after a
      await writeReviewedPairs(tx, ['k', 'q'], decided('kept'));
      await writeReviewedPairs(tx, ['m', 'q'], decided('lost')); // k already has one with q
      await writeReviewedPairs(tx, ['p', 'r'], decided('other')); // not about m: untouched
    });
    await db.transaction((tx) => mergeOrganizationRows(tx, 'm', 'k'));
    expect(await rows(db)).toEqual([
      ['a', 'k', 'moved-first'],
      ['k', 'p', 'moved'],
      ['k', 'q', 'kept'],
      ['p', 'r', 'other'],
    ]);
    expect(await db.all(`SELECT a FROM reviewed_pairs WHERE a = 'm' OR b = 'm' OR a = b`)).toEqual(
      [],
    );
  });
});
