import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Duck } from '../../src/store/duck.ts';
import { openStore } from '../../src/store/store.ts';
import { counts } from '../../src/store/counts.ts';
import { bootstrap, type BootstrapResult } from '../../src/services/bootstrap.ts';
import { DEFAULT_GENERATE } from '../../src/services/generate/generate.ts';

let db: Duck;
let first: BootstrapResult;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  first = await bootstrap(db, { synthetic: DEFAULT_GENERATE });
});
afterAll(() => db.close());

describe('bootstrap of the default data', () => {
  it('loads an empty atlas once and leaves a filled one alone', async () => {
    expect(first.loaded).toBe(true);
    const c = await counts(db);
    expect(await bootstrap(db)).toEqual({ loaded: false, warnings: [] });
    expect(await counts(db)).toEqual(c);
  });

  it('holds the 45 national clusters once each, under the official names', async () => {
    const rows = await db.all(
      "SELECT count(*) AS n, count(DISTINCT name) AS names FROM clusters WHERE designation = 'national'",
    );
    expect(rows).toEqual([{ n: 45, names: 45 }]);
  });

  it('marks every generated record synthetic, and says so in a warning', async () => {
    const c = await counts(db);
    expect(c.synthetic_organizations).toBe(3000);
    const unmarked = await db.one(
      "SELECT count(*) AS n FROM organizations WHERE id LIKE 'syn-%' AND NOT (synthetic AND json_extract(provenance, '$.synthetic')::BOOLEAN)",
    );
    expect(unmarked?.n).toBe(0);
    expect(first.warnings.map((w) => w.code)).toEqual(['ATLAS_W_SYNTHETIC_DATA']);
  });

  it("keeps the real records (the seeds and the exchanges' lists) apart from the synthetic ones", async () => {
    const real = await db.one(
      `SELECT count(*) AS n,
         count(*) FILTER (WHERE json_extract_string(provenance, '$.method') IN ('seed_article', 'official_list')) AS sourced,
         count(*) FILTER (WHERE id LIKE 'syn-%' OR name LIKE '【合成】%') AS looks_synthetic
       FROM organizations WHERE NOT synthetic`,
    );
    expect(Number(real?.n)).toBeGreaterThanOrEqual(5448);
    expect(real?.sourced).toBe(real?.n);
    expect(real?.looks_synthetic).toBe(0);
  });

  it('leaves no link pointing at a missing organisation', async () => {
    const dangling = await db.one(
      'SELECT count(*) AS n FROM links l WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.source) OR NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = l.target)',
    );
    expect(dangling?.n).toBe(0);
    const members = await db.one(
      'SELECT count(*) AS n FROM cluster_members m WHERE NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = m.organization) OR NOT EXISTS (SELECT 1 FROM clusters c WHERE c.id = m.cluster)',
    );
    expect(members?.n).toBe(0);
  });
});
