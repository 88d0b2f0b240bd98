import { Cluster } from '../../src/core/model/cluster.ts';
import { Organization } from '../../src/core/model/organization.ts';
import { writeClusters } from '../../src/store/clusters.ts';
import type { Duck } from '../../src/store/duck.ts';
import { writeOrganizations } from '../../src/store/organizations.ts';
import { openStore } from '../../src/store/store.ts';

/**
 * A small hand-made atlas: five fictitious organisations (one synthetic) in
 * Shenzhen, Suzhou and Shanghai, three clusters. Test expectations below are
 * counted by hand from these records.
 */
const manual = { source: 'test fixture', method: 'manual' as const, year: 2024 };
const synthetic = {
  source: 'atlas generate --seed 1',
  method: 'synthetic' as const,
  synthetic: true,
};

export const ORGS = [
  {
    id: 'o1',
    name: '深圳甲电子有限公司',
    nameEn: 'Jia Electronics',
    kind: 'enterprise',
    region: '440305', // 南山区
    industries: ['3971'],
    tags: ['chain_leader', 'listed'],
    measures: [{ year: 2023, revenue: 12345 }],
    provenance: manual,
  },
  {
    id: 'o2',
    name: '深圳乙大学',
    kind: 'university',
    region: '440300',
    provenance: manual,
  },
  {
    id: 'o3',
    name: '合成企业一号',
    kind: 'enterprise',
    region: '440306', // 宝安区
    industries: ['C3976'],
    industryLabels: ['集成电路'],
    tags: ['little_giant'],
    provenance: synthetic,
  },
  {
    id: 'o4',
    name: '苏州丙材料有限公司',
    kind: 'enterprise',
    region: '320505', // 虎丘区
    industries: ['2613'],
    tags: ['specialised_sme'],
    provenance: manual,
  },
  {
    id: 'o5',
    name: '上海丁研究院',
    kind: 'institute',
    region: '310115', // 浦东新区
    industryLabels: ['生物医药'],
    provenance: { ...manual, verified: false, note: 'city not confirmed' },
  },
];

export const CLUSTERS = [
  {
    id: 'c-shenzhen',
    name: '深圳测试信息通信集群',
    nameEn: 'Shenzhen test ICT cluster',
    regions: ['440300'],
    field: 'new_generation_it',
    designation: 'national',
    round: 1,
    members: [
      { organization: 'o1', role: 'chain_leader' },
      { organization: 'o2' },
      { organization: 'o3' },
    ],
    provenance: { source: 'MIIT notice', method: 'official_list', year: 2021 },
  },
  {
    id: 'c-delta',
    name: '沪苏测试集群',
    regions: ['310000', '320500'],
    field: 'biomedicine',
    designation: 'seed',
    members: [{ organization: 'o4' }, { organization: 'o5' }],
    provenance: { source: 'seed 002', method: 'seed_article' },
  },
  {
    id: 'c-empty',
    name: '空集群',
    regions: ['110000'],
    designation: 'user',
    provenance: manual,
  },
];

/** An in-memory atlas holding the fixture. */
export async function fixtureStore(): Promise<Duck> {
  const db = await openStore({ path: ':memory:' });
  await db.transaction(async (tx) => {
    await writeOrganizations(
      tx,
      ORGS.map((o) => Organization.parse(o)),
    );
    await writeClusters(
      tx,
      CLUSTERS.map((c) => Cluster.parse(c)),
    );
  });
  return db;
}

/**
 * Headers of a signed-in account of the given role (created on first use):
 * the session cookie and the CSRF header writes need.
 */
export async function signedIn(
  app: import('fastify').FastifyInstance,
  db: Duck,
  role: 'admin' | 'analyst' | 'viewer' | 'member' = 'analyst',
  organization?: string,
): Promise<Record<string, string>> {
  const { addUser } = await import('../../src/services/access/users.ts');
  const name = `test-${role}${organization ? `-${organization}` : ''}`;
  const password = 'correct horse battery staple';
  await addUser(db, { name, role, organization, password }).catch((e: { code?: string }) => {
    if (e.code !== 'ATLAS_E_USER_EXISTS') throw e;
  });
  const res = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { name, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const jar = cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /atlas_csrf=([^;]+)/.exec(jar)?.[1] ?? '';
  return { cookie: jar, 'x-csrf-token': decodeURIComponent(csrf) };
}

/**
 * The fixture atlas (fixtureStore), the app over it and the headers of a
 * signed-in account of `role` (signedIn); `close` ends both.
 */
export async function fixtureApp(
  role: 'admin' | 'analyst' | 'viewer' | 'member' = 'analyst',
): Promise<{
  db: Duck;
  app: import('fastify').FastifyInstance;
  headers: Record<string, string>;
  close: () => Promise<void>;
}> {
  const { buildApp } = await import('../../src/api/app.ts');
  const db = await fixtureStore();
  const app = await buildApp({ db });
  const headers = await signedIn(app, db, role);
  return {
    db,
    app,
    headers,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}

/**
 * An in-memory atlas holding the default data and, asked for explicitly, the
 * synthetic set the tests were written on (bootstrap with DEFAULT_GENERATE:
 * a fresh atlas holds none), and the app over it; `close` ends both.
 */
export async function defaultApp(): Promise<{
  db: Duck;
  app: import('fastify').FastifyInstance;
  close: () => Promise<void>;
}> {
  const { bootstrap } = await import('../../src/services/bootstrap.ts');
  const { DEFAULT_GENERATE } = await import('../../src/services/generate/generate.ts');
  const { buildApp } = await import('../../src/api/app.ts');
  const db = await openStore({ path: ':memory:' });
  await bootstrap(db, { synthetic: DEFAULT_GENERATE });
  const app = await buildApp({ db });
  return {
    db,
    app,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}

/**
 * An in-memory atlas holding what a fresh `npm start` holds (the real default
 * data, no synthetic record) and the app over it; `close` ends both.
 */
export async function realApp(): Promise<{
  db: Duck;
  app: import('fastify').FastifyInstance;
  close: () => Promise<void>;
}> {
  const { bootstrap } = await import('../../src/services/bootstrap.ts');
  const { buildApp } = await import('../../src/api/app.ts');
  const db = await openStore({ path: ':memory:' });
  await bootstrap(db);
  const app = await buildApp({ db });
  return {
    db,
    app,
    close: async () => {
      await app.close();
      db.close();
    },
  };
}
