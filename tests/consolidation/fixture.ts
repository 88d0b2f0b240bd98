import { Cluster } from '../../src/core/model/cluster.ts';
import { Link } from '../../src/core/model/link.ts';
import { Organization } from '../../src/core/model/organization.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import { writeLinks } from '../../src/store/links.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A small steel cluster for the consolidation tests (figures invented for the
 * test, marked as a test fixture): six steel firms with 2024 output in 万元
 * 40, 30, 20, 5, 3, 2 (shares in percent the same), one firm without output,
 * one university member (not a firm), and supply links to customers.
 *
 *   HHI = 1600 + 900 + 400 + 25 + 9 + 4 = 2938; CR4 = 95; firms for half: 2;
 *   median (six firms) = (5 + 20) / 2 = 12.5.
 *   Merging 丙钢 (20) and 丁钢 (5): ΔHHI = 2·20·5 = 200, HHI after 3138,
 *   CR4 after = 40 + 30 + 25 + 3 = 98.
 */
const prov = { source: 'test fixture', method: 'manual' as const, year: 2024 };
const firm = (
  id: string,
  name: string,
  output: number | null,
  industries: string[],
  lon: number,
  tags: string[] = [],
) =>
  Organization.parse({
    id,
    name,
    nameEn: `${id} steel`,
    kind: 'enterprise',
    region: '130203',
    coordinates: [lon, 39.63],
    locationPrecision: 'site',
    industries,
    tags,
    measures: output === null ? [] : [{ year: 2024, output }],
    provenance: prov,
  });

export const STEEL_FIRMS = [
  firm('jia', '甲钢铁集团', 40, ['3110', '3120', '3130'], 118.18, ['chain_leader']),
  firm('yi', '乙钢铁', 30, ['3120', '3130'], 118.5),
  firm('bing', '丙钢', 20, ['3130', '3140'], 118.2),
  firm('ding', '丁钢', 5, ['3130'], 118.19),
  firm('wu', '戊特钢', 3, ['3140', '3311'], 119.0),
  firm('ji', '己焦化', 2, ['2520'], 118.3),
  firm('geng', '庚钢管', null, ['3130'], 118.4),
];

const university = Organization.parse({
  id: 'uni',
  name: '测试理工大学',
  kind: 'university',
  region: '130203',
  provenance: prov,
});

const link = (id: string, from: string, to: string) =>
  Link.parse({ id, from, to, type: 'supply', provenance: prov });

export async function steelStore(path = ':memory:'): Promise<Duck> {
  const db = await openStore({ path });
  await db.transaction(async (tx) => {
    await writeOrganizations(tx, [
      ...STEEL_FIRMS,
      university,
      Organization.parse({ id: 'car', name: '汽车厂', kind: 'enterprise', provenance: prov }),
      Organization.parse({ id: 'ship', name: '船厂', kind: 'enterprise', provenance: prov }),
    ]);
    await writeLinks(tx, [
      link('l1', 'jia', 'car'),
      link('l2', 'jia', 'ship'),
      link('l3', 'bing', 'car'),
      link('l4', 'wu', 'car'),
      link('l5', 'wu', 'ship'),
    ]);
    await writeClusters(tx, [
      Cluster.parse({
        id: 'test-steel',
        name: '测试钢铁产业集群',
        nameEn: 'Test steel cluster',
        regions: ['130200'],
        members: [...STEEL_FIRMS.map((f) => ({ organization: f.id })), { organization: 'uni' }],
        provenance: prov,
      }),
    ]);
  });
  return db;
}
