import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { Cluster } from '../../src/core/model/cluster.ts';
import { addClusterMembers, writeClusters } from '../../src/store/clusters.ts';
import { writeLinks } from '../../src/store/links.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

let db: Duck;
beforeAll(async () => {
  db = await openStore({ path: ':memory:' });
});
afterAll(() => db.close());

const rows = () =>
  db.all(`SELECT entity, entity_id, action, field, previous::VARCHAR AS previous,
            value::VARCHAR AS value, changed_by, source, data_year FROM changes ORDER BY id`);

const org = Organization.parse({
  id: 'zl',
  name: '中联重科股份有限公司',
  kind: 'enterprise',
  region: '430100',
  measures: [{ year: 2022, employees: 100 }],
  provenance: { source: 'registry.csv', method: 'import', year: 2022 },
});

describe('the change history written by the store', () => {
  it('records a creation with the record’s fields and source, and its yearly figures', async () => {
    await db.transaction((tx) => writeOrganizations(tx, [org]));
    const r = await rows();
    expect(r.map((x) => [x.entity, x.entity_id, x.action, x.source, x.data_year])).toEqual([
      ['organization', 'zl', 'create', 'registry.csv', null],
      ['measure', 'zl|2022', 'create', 'registry.csv', 2022],
    ]);
    expect(JSON.parse(String(r[0].value))).toMatchObject({
      name: '中联重科股份有限公司',
      kind: 'enterprise',
    });
  });

  it('records nothing when a write changes nothing', async () => {
    const before = (await rows()).length;
    await db.transaction((tx) => writeOrganizations(tx, [org]));
    expect((await rows()).length).toBe(before);
  });

  it('records each changed field with its previous value, and a year dropped as a deletion', async () => {
    const before = (await rows()).length;
    const next = { ...org, kind: 'platform' as const, measures: [{ year: 2023, employees: 120 }] };
    await db.transaction((tx) =>
      writeOrganizations(tx, [next], { by: 'ana', source: 'edit', dataYear: 2023 }),
    );
    const r = (await rows()).slice(before);
    expect(r.map((x) => [x.entity, x.entity_id, x.action, x.field, x.previous, x.value])).toEqual([
      ['organization', 'zl', 'update', 'kind', '"enterprise"', '"platform"'],
      [
        'measure',
        'zl|2022',
        'delete',
        null,
        '{"employees":100.0,"revenue":null,"output":null,"rdSpend":null,"patents":null}',
        null,
      ],
      [
        'measure',
        'zl|2023',
        'create',
        null,
        null,
        '{"employees":120.0,"revenue":null,"output":null,"rdSpend":null,"patents":null}',
      ],
    ]);
    expect(
      r.every((x) => x.changed_by === 'ana' && x.source === 'edit' && x.data_year === 2023),
    ).toBe(true);
  });

  it('records links, under both of their organisations', async () => {
    const link = {
      id: 'l1',
      from: 'zl',
      to: 'other',
      type: 'supply' as const,
      value: 3,
      provenance: {
        source: 'links.csv',
        method: 'import' as const,
        confidence: 1,
        verified: true,
        synthetic: false,
      },
    };
    await db.transaction((tx) => writeLinks(tx, [link]));
    await db.transaction((tx) => writeLinks(tx, [{ ...link, value: 4 }]));
    const r = await db.all(
      `SELECT action, field, value::VARCHAR AS v FROM changes
       WHERE entity = 'link' AND list_contains(organizations, 'other') ORDER BY id`,
    );
    expect(r).toEqual([
      { action: 'create', field: null, v: expect.stringContaining('"value":3.0') },
      { action: 'update', field: 'value', v: '4.0' },
    ]);
  });

  it('records memberships: a cluster’s list replaced, a role changed, a member added', async () => {
    const base = {
      id: 'c1',
      name: '长沙市工程机械集群',
      regions: ['430100'],
      designation: 'national',
      provenance: { source: 'MIIT 2022', method: 'official_list' },
    };
    await db.transaction((tx) =>
      writeClusters(tx, [
        Cluster.parse({
          ...base,
          members: [{ organization: 'a' }, { organization: 'zl', role: 'leader' }],
        }),
      ]),
    );
    await db.transaction((tx) =>
      writeClusters(
        tx,
        [Cluster.parse({ ...base, members: [{ organization: 'zl', role: 'member' }] })],
        { by: 'ana' },
      ),
    );
    await db.transaction((tx) => addClusterMembers(tx, [{ cluster: 'c1', organization: 'd' }]));
    const r = await db.all(
      `SELECT entity_id, action, field, source FROM changes WHERE entity = 'membership' ORDER BY id`,
    );
    expect(r).toEqual([
      { entity_id: 'c1|a', action: 'create', field: null, source: 'MIIT 2022' },
      { entity_id: 'c1|zl', action: 'create', field: null, source: 'MIIT 2022' },
      { entity_id: 'c1|zl', action: 'update', field: 'role', source: 'MIIT 2022' },
      { entity_id: 'c1|a', action: 'delete', field: null, source: 'MIIT 2022' },
      { entity_id: 'c1|d', action: 'create', field: null, source: 'MIIT 2022' },
    ]);
  });
});
