import { Cluster } from '../../src/core/model/cluster.ts';
import { Link } from '../../src/core/model/link.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { postCapability, postDemand } from '../../src/services/matching/index.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import { writeLinks } from '../../src/store/links.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A store of canary firms (issue 22): fictitious firms whose figures are
 * unusual numbers (revenue 73011.37 …) that no count, code or year can
 * equal, so that any of them — alone, summed in pairs, or in a sum one of
 * them dominates — is found wherever an answer shows it.
 *
 * Changsha (430100), year 2019:
 * - k1, k2, k3 in 3985, a few hundred metres apart; k3 dominates (979011.37);
 * - k4 alone in 6513;
 * - k5, k6, k7 in 3130 (the construction-machinery chain's steel node),
 *   k5 alone carrying the label 金丝雀材料;
 * - k8, k9 in 3391 (castings and forgings); k9 buys from k5, k6, k7 (inside,
 *   41,000.66 together) and from k10 in Beijing (outside, 30,000.17): the
 *   panorama's leak of item 4;
 * - k10 in Beijing (110105), 3391, outside the cluster.
 * Demands: open (k1), cluster (k2), invited (k3 → k5) with a quantity.
 */
const manual = { source: 'canary fixture', method: 'manual' as const, year: 2019 };

interface Canary {
  id: string;
  region: string;
  industry: string;
  at: [number, number];
  revenue: number;
  label?: string;
}

const CANARIES: Canary[] = [
  { id: 'k1', region: '430104', industry: '3985', at: [112.94, 28.23], revenue: 73011.37 },
  { id: 'k2', region: '430104', industry: '3985', at: [112.941, 28.231], revenue: 74011.37 },
  { id: 'k3', region: '430104', industry: '3985', at: [112.942, 28.229], revenue: 979011.37 },
  { id: 'k4', region: '430105', industry: '6513', at: [113.03, 28.3], revenue: 75013.91 },
  {
    id: 'k5',
    region: '430102',
    industry: '3130',
    at: [113.0, 28.2],
    revenue: 76129.53,
    label: '金丝雀材料',
  },
  { id: 'k6', region: '430102', industry: '3130', at: [113.01, 28.21], revenue: 77241.07 },
  { id: 'k7', region: '430103', industry: '3130', at: [112.99, 28.12], revenue: 78356.89 },
  { id: 'k8', region: '430103', industry: '3391', at: [112.98, 28.11], revenue: 81467.23 },
  { id: 'k9', region: '430103', industry: '3391', at: [112.97, 28.1], revenue: 82578.41 },
  { id: 'k10', region: '110105', industry: '3391', at: [116.48, 39.95], revenue: 83689.67 },
];

export const MEASURES = ['revenue', 'employees', 'output', 'rdSpend', 'patents'] as const;
export type Measure = (typeof MEASURES)[number];

/** Each canary's figures: unusual in every measure. */
export const FIGURES: Record<string, Record<Measure, number>> = Object.fromEntries(
  CANARIES.map((c, i) => [
    c.id,
    {
      revenue: c.revenue,
      employees: 17313 + 1000 * i + ((i * i * 37) % 97),
      output: Math.round((c.revenue * 1.1 + 0.29) * 100) / 100,
      rdSpend: Math.round((3011.73 + 97 * i + i * i * 0.37) * 100) / 100,
      patents: 21373 + 1000 * i + ((i * i * 53) % 89),
    },
  ]),
);

export const LINKS = [
  { id: 'kl1', from: 'k5', to: 'k9', value: 13000.11 },
  { id: 'kl2', from: 'k6', to: 'k9', value: 14000.22 },
  { id: 'kl3', from: 'k7', to: 'k9', value: 14000.33 },
  { id: 'kl4', from: 'k10', to: 'k9', value: 30000.17 },
  { id: 'kl5', from: 'k1', to: 'k8', value: 21000.47 },
];

export const CLUSTER = 'c-canary';
export const CHAIN = 'construction-machinery';

/** An in-memory atlas holding the canaries, their links, a cluster and three demands. */
export async function canaryStore(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  await db.transaction(async (tx) => {
    await writeOrganizations(
      tx,
      CANARIES.map((c) =>
        Organization.parse({
          id: c.id,
          name: `金丝雀企业${c.id}`,
          kind: 'enterprise',
          region: c.region,
          coordinates: c.at,
          crs: 'WGS84',
          industries: [c.industry],
          industryLabels: c.label ? [c.label] : [],
          tags: c.id === 'k3' ? ['chain_leader'] : [],
          measures: [{ year: 2019, ...FIGURES[c.id] }],
          provenance: manual,
        }),
      ),
    );
    await writeLinks(
      tx,
      LINKS.map((l) =>
        Link.parse({ ...l, type: 'supply', year: 2019, product: '钢材', provenance: manual }),
      ),
    );
    await writeClusters(tx, [
      Cluster.parse({
        id: CLUSTER,
        name: '金丝雀测试集群',
        regions: ['430100'],
        designation: 'user',
        chainTemplates: [CHAIN],
        members: CANARIES.filter((c) => c.id !== 'k10').map((c) => ({ organization: c.id })),
        provenance: manual,
      }),
    ]);
  });
  await postDemand(db, {
    id: 'd-open',
    organization: 'k1',
    title: '采购钢材',
    nodes: ['steel'],
    visibility: 'open',
  });
  await postDemand(db, {
    id: 'd-cluster',
    organization: 'k2',
    title: '采购铸件',
    cluster: CLUSTER,
    visibility: 'cluster',
  });
  await postDemand(db, {
    id: 'd-invited',
    organization: 'k3',
    title: '机密采购 高强度钢板',
    description: '只给受邀企业看的需求',
    quantity: 7301,
    visibility: 'invited',
    invited: ['k5'],
  });
  await postCapability(db, {
    id: 'cap-k5',
    organization: 'k5',
    title: '高强度钢板 钢材',
    products: ['高强度钢板'],
  });
  return db;
}
