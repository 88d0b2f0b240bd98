import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGISTRY_HEADER, registryRows } from '../../bench/registry-csv.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import { importFile } from '../../src/services/import/import-file.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck, Tx } from '../../src/store/duck.ts';
import {
  recordCreates,
  TRACKED_LINK,
  TRACKED_MEASURE,
  TRACKED_MEMBERSHIP,
  TRACKED_ORGANIZATION,
  type ChangeContext,
  type Tracked,
} from '../../src/store/history.ts';
import { referenceCreates } from './reference-creates.ts';
import { writeLinks } from '../../src/store/links.ts';
import { openStore } from '../../src/store/store.ts';

const COLUMNS = `changed_by, source, entity, entity_id, organizations, action, field,
  previous::VARCHAR AS previous, value::VARCHAR AS value, data_year, undoes`;

const dir = mkdtempSync(join(tmpdir(), 'atlas-history-creates-'));
let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
  const row = registryRows(7);
  const odd = [
    '"引号""与\\反斜杠有限公司",,,,,,,,',
    '换行\t与控制字符有限公司,,440300,114.05,22.55,3670,12,3.25,2024',
    'Ünïcödé 😀 Ltd,,110000,,,,,,',
  ];
  const lines = [REGISTRY_HEADER, ...Array.from({ length: 300 }, (_, i) => row(i)), ...odd];
  const file = join(dir, 'registry.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  await importFile(db, file, { kind: 'organizations', importId: 'history-creates' });
  const ids = (await db.all(`SELECT id FROM organizations ORDER BY id LIMIT 2`)).map((r) =>
    String(r.id),
  );
  await db.transaction((tx) =>
    writeLinks(tx, [
      {
        id: 'l1',
        from: ids[0],
        to: ids[1],
        type: 'supply',
        value: 3.5,
        year: 2024,
        provenance: {
          source: 'links.csv',
          method: 'import',
          confidence: 1,
          verified: true,
          synthetic: false,
        },
      },
    ]),
  );
  await db.transaction((tx) =>
    writeClusters(tx, [
      Cluster.parse({
        id: 'c1',
        name: '长沙市工程机械集群',
        regions: ['430100'],
        designation: 'national',
        provenance: { source: 'MIIT 2022', method: 'official_list' },
        members: [{ organization: ids[0] }, { organization: ids[1], role: 'leader' }],
      }),
    ]),
  );
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The rows each writer appends on the same records, in id order; rolled back after. */
async function both(spec: Tracked, ctx: ChangeContext, source: string) {
  const out: { reference: unknown[]; set: unknown[] } = { reference: [], set: [] };
  const last = async (tx: Tx) =>
    Number((await tx.all(`SELECT coalesce(max(id), 0) AS m FROM changes`))[0].m);
  await db
    .transaction(async (tx) => {
      const a = await last(tx);
      await referenceCreates(tx, spec, spec.table, 'true', ctx, source);
      const b = await last(tx);
      await recordCreates(tx, spec, spec.table, 'true', ctx, source);
      const read = (lo: number, hi: number) =>
        tx.all(`SELECT ${COLUMNS} FROM changes WHERE id > ${lo} AND id <= ${hi} ORDER BY id`);
      out.reference = await read(a, b);
      out.set = await read(b, await last(tx));
      throw new Error('roll back');
    })
    .catch((e: Error) => {
      if (e.message !== 'roll back') throw e;
    });
  return out;
}

const provenanceSource = "json_extract_string(t.provenance, '$.source')";

describe('the creations’ history, one INSERT … SELECT with a struct per record', () => {
  it('writes what the reference writes for an import’s organisations and yearly figures', async () => {
    for (const spec of [TRACKED_ORGANIZATION, TRACKED_MEASURE]) {
      const r = await both(spec, {}, provenanceSource);
      expect(r.reference.length).toBeGreaterThan(300);
      expect(r.set).toEqual(r.reference);
    }
  });

  it('writes what the reference writes for links and memberships, with a context given', async () => {
    const ctx = { by: 'ana', source: 'edit', dataYear: 2023, undoes: 1 };
    for (const spec of [TRACKED_LINK, TRACKED_MEMBERSHIP]) {
      const r = await both(spec, ctx, 'NULL');
      expect(r.reference.length).toBeGreaterThan(0);
      expect(r.set).toEqual(r.reference);
    }
  });

  it('leaves the import’s own history as the reference would write it, record by record', async () => {
    // The import writes its plain rows in one statement and the rest row by
    // row, so its ids follow two orders: compare by record.
    const byRecord = (rows: unknown[]) =>
      [...(rows as { entity_id: string }[])].sort((a, b) => a.entity_id.localeCompare(b.entity_id));
    const stored = await db.all(
      `SELECT ${COLUMNS} FROM changes WHERE action = 'create' AND entity = 'organization'`,
    );
    const r = await both(TRACKED_ORGANIZATION, {}, provenanceSource);
    expect(byRecord(stored)).toEqual(byRecord(r.reference));
  });
});
