import { Cluster } from '../../src/core/model/cluster.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

const prov = { source: 'test', method: 'manual' as const };
const CS: [number, number] = [112.938814, 28.228209];

function org(id: string, name: string, extra: Record<string, unknown> = {}) {
  return Organization.parse({
    id,
    name,
    kind: 'enterprise',
    region: '430100',
    coordinates: CS,
    provenance: prov,
    ...extra,
  });
}

/**
 * A hand-made cluster: leaders A and B in cluster K, leader C in cluster L,
 * SME suppliers S1 (多路阀) and S2 (液压油缸), and F, a firm outside both.
 */
export async function smallAtlas(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  const sme = { measures: [{ year: 2024, employees: 120, revenue: 9000 }] };
  await db.transaction(async (tx) => {
    await writeOrganizations(tx, [
      org('A', '主机甲', { tags: ['chain_leader'] }),
      org('B', '主机乙', { tags: ['chain_leader'] }),
      org('C', '主机丙', { tags: ['chain_leader'] }),
      org('S1', '阀甲精工', sme),
      org('S2', '缸乙液压', sme),
      org('F', '外地公司', sme),
    ]);
    await writeClusters(tx, [
      Cluster.parse({
        id: 'K',
        name: '集群K',
        regions: ['430100'],
        members: [
          { organization: 'A', role: 'chain leader' },
          { organization: 'B', role: 'chain leader' },
          { organization: 'S1', role: 'supplier' },
          { organization: 'S2', role: 'supplier' },
        ],
        provenance: prov,
      }),
      Cluster.parse({
        id: 'L',
        name: '集群L',
        regions: ['430100'],
        members: [{ organization: 'C', role: 'chain leader' }],
        provenance: prov,
      }),
    ]);
  });
  return db;
}
