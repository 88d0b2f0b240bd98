import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import { dataQuality } from '../../src/services/quality/data-quality.ts';
import { markDistinct, undoDistinct } from '../../src/services/quality/distinct-decision.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrate } from '../../src/store/migrate.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';

/**
 * "Not a duplicate" as a use case: bad groups refused with nothing written,
 * a judged group left out of the review (counted, shown on request with who,
 * when and why), back after undo — and back when a new look-alike joins it.
 */
const prov = { source: 'test', method: 'manual' as const };
const org = (id: string, name: string) =>
  Organization.parse({ id, name, kind: 'enterprise', provenance: prov });

let db: Duck;
beforeAll(async () => {
  db = await Duck.open(':memory:');
  await migrate(db);
  await db.transaction((tx) =>
    writeOrganizations(tx, [org('t1', '湘潭同名电机有限公司'), org('t2', '湘潭同名电机有限公司')]),
  );
});
afterAll(() => db.close());

const groups = async (reviewed?: 'include') =>
  (await dataQuality(db, { reviewed })).duplicates.map((d) => ({
    ids: d.organizations.map((o) => o.id).sort(),
    reviewed: d.reviewed,
  }));

describe('a "not a duplicate" decision', () => {
  it('refuses one record named twice and unknown records, writing nothing', async () => {
    await expect(markDistinct(db, ['t1', 't1'], { by: 'ana' })).rejects.toMatchObject({
      code: 'ATLAS_E_BAD_VALUE',
    });
    await expect(markDistinct(db, ['t1', 'ghost'], { by: 'ana' })).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
      details: { organizations: ['ghost'] },
    });
    await expect(undoDistinct(db, ['t1', 'ghost'])).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
    });
    expect(await db.all('SELECT * FROM reviewed_pairs')).toEqual([]);
  });

  it('hides the judged group, shows it on request, and brings it back on undo', async () => {
    expect(await groups()).toEqual([{ ids: ['t1', 't2'], reviewed: undefined }]);
    expect(
      await markDistinct(db, ['t2', 't1'], {
        by: 'ana',
        note: '两地两家',
        at: '2026-05-01T08:00:00Z',
      }),
    ).toEqual({ organizations: ['t1', 't2'], pairs: 1 });
    expect(await groups()).toEqual([]);
    expect((await dataQuality(db)).reviewedHidden).toBe(1);
    expect(await groups('include')).toEqual([
      {
        ids: ['t1', 't2'],
        reviewed: { decision: 'distinct', by: 'ana', at: '2026-05-01T08:00:00Z', note: '两地两家' },
      },
    ]);
    expect(await undoDistinct(db, ['t1', 't2'])).toEqual({ organizations: ['t1', 't2'], pairs: 1 });
    expect(await groups()).toEqual([{ ids: ['t1', 't2'], reviewed: undefined }]);
    expect((await dataQuality(db)).reviewedHidden).toBe(0);
    // Undoing what is not decided changes nothing and says so.
    await expect(undoDistinct(db, ['t1', 't2'])).rejects.toMatchObject({
      code: 'ATLAS_E_NOT_FOUND',
      details: { organizations: ['t1', 't2'] },
    });
    expect(await groups()).toEqual([{ ids: ['t1', 't2'], reviewed: undefined }]);
  });

  it('offers the group again when a new look-alike joins it: its pairs are undecided', async () => {
    await markDistinct(db, ['t1', 't2'], { by: 'ana' });
    expect(await groups()).toEqual([]);
    await db.transaction((tx) => writeOrganizations(tx, [org('t3', '湘潭同名电机有限公司')]));
    expect(await groups()).toEqual([{ ids: ['t1', 't2', 't3'], reviewed: undefined }]);
  });
});
