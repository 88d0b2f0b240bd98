import { describe, expect, it } from 'vitest';
import { organizationHistory } from '../../src/services/history/organization-history.ts';
import { undoChange } from '../../src/services/history/undo-change.ts';
import { Duck } from '../../src/store/duck.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { loadOrganizations } from '../../src/store/organizations.ts';

const ALL = `SELECT * EXCLUDE (previous, value), previous::VARCHAR AS previous, value::VARCHAR AS value
  FROM changes ORDER BY id`;

describe('migration 017', () => {
  it('keeps the per-record history and figures stored before, and an undo of one still works', async () => {
    const db = await Duck.open(':memory:');
    try {
      await db.transaction(async (tx) => {
        for (const m of migrations.filter((x) => x.version <= 16)) await tx.exec(m.sql);
        await tx.exec(
          `INSERT INTO organizations (id, name, kind, synthetic, verified, provenance, industries,
             industry_labels, tags, external_ids) VALUES
             ('org-a', '甲公司', 'enterprise', false, true,
              '{"source":"old.csv","method":"official_list","confidence":1,"verified":true,"synthetic":false}',
              [], [], [], '{}');
           INSERT INTO measures (organization, year, employees, provenance)
             VALUES ('org-a', 2023, 11, '{"source":"old.csv","year":2023,"file":"old.csv","row":2}');
           INSERT INTO changes (changed_at, changed_by, source, entity, entity_id, organizations, action, value, data_year)
             VALUES (TIMESTAMP '2026-11-02 10:00:00', 'analyst-wang', 'old.csv', 'organization',
                     'org-a', ['org-a'], 'create',
                     '{"name":"甲公司","nameEn":null,"uscc":null,"kind":"enterprise","region":null,"address":null,"coordinates":null,"crs":null,"locationPrecision":null,"industries":[],"industryLabels":[],"tags":[],"externalIds":{},"provenance":{"source":"old.csv","method":"official_list","confidence":1,"verified":true,"synthetic":false}}',
                     NULL),
                    (TIMESTAMP '2026-11-02 10:00:00', 'analyst-wang', 'old.csv', 'measure',
                     'org-a|2023', ['org-a'], 'create',
                     '{"employees":11,"revenue":null,"output":null,"rdSpend":null,"patents":null}', 2023);`,
        );
      });
      const before = await db.all(ALL);
      const FIGURES =
        'SELECT organization, year, employees, provenance::VARCHAR AS p FROM measures';
      const figures = await db.all(FIGURES);
      await db.transaction((tx) => tx.exec(migrations.find((x) => x.version === 17)!.sql));
      expect(await db.all(ALL)).toEqual(before);
      expect(await db.all(FIGURES)).toEqual(figures);
      const [org] = await loadOrganizations(db, ['org-a']);
      expect(org.measures[0].provenance).toEqual(JSON.parse(String(figures[0].p)));
      const h = await organizationHistory(db, 'org-a', { role: 'admin' });
      expect(h.items.map((c) => `${c.entity} ${c.action}`)).toEqual([
        'measure create',
        'organization create',
      ]);
      // The old 'create' of the yearly figure undone: the figure goes, the undo recorded.
      await undoChange(db, h.items[0].id, { role: 'admin', user: 'ana' });
      expect((await loadOrganizations(db, ['org-a']))[0].measures).toEqual([]);
      const after = await organizationHistory(db, 'org-a', { role: 'admin' });
      expect(after.items[0]).toMatchObject({ action: 'delete', undoes: h.items[0].id });
      expect(after.items[1].undoneBy).toBe(after.items[0].id);
    } finally {
      db.close();
    }
  });
});
