import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { search } from '../../src/services/catalog/search.ts';
import type { Duck } from '../../src/store/duck.ts';
import { SEARCH_ALL_ORGANIZATIONS_MAX } from '../../src/store/queries/search.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * In an atlas of more organisations than the search reads whole, it reads
 * those whose names hold one of the query's hanzi or words (or whose id is
 * the text) and still ranks them fuzzily.
 */
let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  const n = SEARCH_ALL_ORGANIZATIONS_MAX + 1000;
  await db.transaction((tx) =>
    tx.exec(
      `INSERT INTO organizations (id, name, name_en, kind, synthetic, verified, provenance, external_ids)
       SELECT 'o' || i,
              CASE WHEN i = 7 THEN '长沙液压件有限公司' ELSE '某某企业' || i END,
              CASE WHEN i = 9 THEN 'Hydraulic Valve Co' ELSE NULL END,
              'enterprise', true, false, '{"source":"test","method":"synthetic"}', '{}'
       FROM range(${n}) t(i)`,
    ),
  );
}, 60_000);
afterAll(() => db.close());

describe('search in a large atlas', () => {
  it('finds a firm by a fragment with a missing character, an English name and an exact id', async () => {
    expect((await search(db, '长沙液压件公司', 5, ['organization']))[0]?.id).toBe('o7');
    expect((await search(db, 'hydraulic valve', 5, ['organization']))[0]?.id).toBe('o9');
    expect((await search(db, 'o123', 5, ['organization']))[0]?.id).toBe('o123');
    expect(await search(db, '无此名称', 5, ['organization'])).toEqual([]);
  });
});
