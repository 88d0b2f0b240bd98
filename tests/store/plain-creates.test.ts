import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { importFile, type ImportOptions } from '../../src/services/import/import-file.ts';
import type { Duck } from '../../src/store/duck.ts';
import {
  recordCreates,
  TRACKED_MEASURE,
  TRACKED_ORGANIZATION,
  type Tracked,
} from '../../src/store/history.ts';
import { openStore } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-plain-creates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS = `changed_by, source, entity, entity_id, organizations, action, field,
  previous::VARCHAR AS previous, value::VARCHAR AS value, data_year, undoes`;

/** A registry whose rows lack, in turn, coordinates, figures, a year, an industry, a USCC. */
function registry(name: string): string {
  const r = registryRows(3);
  const lines = Array.from({ length: 400 }, (_, i) => {
    const cells = r(i).split(',');
    if (i % 5 === 1) [cells[3], cells[4]] = ['', ''];
    if (i % 5 === 2) [cells[6], cells[7], cells[8]] = ['', '', ''];
    if (i % 5 === 3) cells[8] = '';
    if (i % 7 === 4) cells[5] = '';
    if (i % 11 === 5) cells[1] = '';
    if (i % 13 === 6) cells[7] = '0.5';
    return cells.join(',');
  });
  const file = join(dir, name);
  writeFileSync(file, `${[REGISTRY_HEADER, ...lines].join('\n')}\n`);
  return file;
}

/** The 'create' rows of an entity, in entity id order. */
const creates = (db: Duck, entity: string, after: number) =>
  db.all(
    `SELECT ${COLUMNS} FROM changes WHERE entity = $entity AND action = 'create' AND id > $after
     ORDER BY entity_id`,
    { entity, after },
  );

/**
 * The staged import writes the history of its plain rows from its verdict
 * table, not read back from the tables it wrote. The rows must be those that
 * store/history.ts's recordCreates writes over the stored records.
 */
describe("the history of a staged import's new records", () => {
  const cases: [string, Partial<ImportOptions>][] = [
    ['with the data year given', { provenance: { year: 2023 }, by: 'analyst' }],
    ['with the years of the rows', {}],
  ];
  for (const [what, opts] of cases)
    it(`is recordCreates's over the stored records, ${what}`, async () => {
      const db = await openStore({ path: ':memory:' });
      try {
        const file = registry(`registry-${what.length}.csv`);
        const report = await importFile(db, file, {
          kind: 'organizations',
          columnar: true,
          importId: 'plain-creates',
          ...opts,
        });
        expect(report.written).toBe(400);
        const imported = {
          organization: await creates(db, 'organization', 0),
          measure: await creates(db, 'measure', 0),
        };
        expect(imported.organization).toHaveLength(400);
        expect(imported.measure.length).toBeGreaterThan(300);
        const [{ last }] = await db.all('SELECT max(id)::INTEGER AS last FROM changes');
        const source = `'${report.file.split('/').pop()}'`;
        const ctx = { by: opts.by ?? null, dataYear: opts.provenance?.year };
        const reference = async (spec: Tracked) => {
          let rows: unknown[] = [];
          await db
            .transaction(async (tx) => {
              await recordCreates(tx, spec, spec.table, 'true', ctx, source);
              rows = await tx.all(
                `SELECT ${COLUMNS} FROM changes WHERE entity = $entity AND id > $after ORDER BY entity_id`,
                { entity: spec.entity, after: Number(last) },
              );
              throw new Error('rolled back');
            })
            .catch((e: Error) => {
              if (e.message !== 'rolled back') throw e;
            });
          return rows;
        };
        expect(imported.organization).toEqual(await reference(TRACKED_ORGANIZATION));
        expect(imported.measure).toEqual(await reference(TRACKED_MEASURE));
      } finally {
        db.close();
      }
    }, 60_000);
});
