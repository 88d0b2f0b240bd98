import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap } from '../../src/services/bootstrap.ts';
import { readOrganizationList } from '../../src/services/resolution/read-organization-list.ts';
import { matchToAtlas } from '../../src/services/resolution/match-to-atlas.ts';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * The import's first step on the real default atlas (firms under their full
 * legal names, each with its stock code as an external id): a file of their
 * short names (tests/fixtures/resolution/listed-right.csv) finds them.
 */
let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  await bootstrap(db, {});
}, 120_000);
afterAll(() => db.close());

describe('matchToAtlas', () => {
  it('matches short names to the atlas’s firms with precision ≥ 0.99 and recall ≥ 0.95', async () => {
    const rows = await readOrganizationList('tests/fixtures/resolution/listed-right.csv');
    // The row ids are row numbers of Tushare's list: their stock codes score the answer.
    const tushare = readFileSync('../shared/data/cn-listed-firms/tushare_stock_basic.csv', 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(',')[0]);
    const code = (rowId: string) => tushare[Number(rowId.slice(1)) - 1];
    const atlas = await db.all(
      `SELECT id, json_extract_string(external_ids, '$.ts_code') AS ts FROM organizations`,
    );
    const idOf = new Map(atlas.filter((a) => a.ts).map((a) => [String(a.ts), String(a.id)]));
    const { matches } = await matchToAtlas(db, rows);
    const inAtlas = rows.filter((r) => idOf.has(code(r.id)));
    const sure = matches.filter((m) => m.decision === 'match');
    const right = sure.filter((m) => idOf.get(code(m.row)) === m.organization);
    expect(inAtlas.length).toBeGreaterThan(500);
    expect(right.length / sure.length).toBeGreaterThanOrEqual(0.99);
    expect(right.length / inAtlas.length).toBeGreaterThanOrEqual(0.95);
  });

  it('matches by USCC first, then by external id, and leaves an unknown firm distinct', async () => {
    const { matches } = await matchToAtlas(db, [
      { id: 'a', name: '完全不同的名字', externalIds: { ts_code: '000157.SZ' } },
      { id: 'b', name: '中联重科', province: '湖南' },
      { id: 'c', name: '长沙审计测试无此企业有限公司', province: '湖南' },
    ]);
    expect(matches.map((m) => [m.row, m.organization, m.decision, m.how])).toEqual([
      ['a', 'org-zoomlion', 'match', 'external_id'],
      ['b', 'org-zoomlion', 'match', 'resolver'],
      ['c', null, 'distinct', 'resolver'],
    ]);
  });
});
