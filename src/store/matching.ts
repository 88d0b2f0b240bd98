/**
 * SQL of matchmaking: demands, capabilities, the shared supplier
 * pool, service platforms and requests, matches and their outcome history.
 * Rules (consent, transitions, visibility) live in services/matching; this
 * file only reads and writes rows. Times are ISO-8601 UTC strings.
 */
import { listValue } from '@duckdb/node-api';
import type { ColumnSpec, Duck, Row, Tx } from './duck.ts';
import { readOrganizationNames } from './organizations.ts';

export interface DemandRow {
  id: string;
  organization: string;
  title: string;
  description?: string;
  kind: string;
  specification?: string;
  quantity?: number;
  unit?: string;
  region?: string;
  nodes: string[];
  wanted_size?: string;
  deadline?: string;
  visibility: string;
  invited: string[];
  cluster?: string;
  status: string;
  created_at: string;
  synthetic: boolean;
  provenance: unknown;
}

export interface CapabilityRow {
  id: string;
  organization: string;
  title: string;
  description?: string;
  kind: string;
  products: string[];
  processes: string[];
  certifications: string[];
  capacity?: string;
  nodes: string[];
  derived: boolean;
  created_at: string;
  synthetic: boolean;
  provenance: unknown;
}

export interface PoolRow {
  cluster: string;
  leader: string;
  supplier: string;
  consent: string;
  shared: boolean;
  qualified_at: string;
  consent_at?: string;
  shared_at?: string;
  note?: string;
}

export interface MatchRow {
  id: string;
  demand?: string;
  capability?: string;
  buyer: string;
  supplier: string;
  score?: number;
  reasons?: unknown;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface MatchEventRow {
  match_id: string;
  seq: number;
  from_status?: string;
  to_status: string;
  happened_at: string;
  note?: string;
}

export interface PlatformRow {
  id: string;
  organization?: string;
  name: string;
  category: string;
  region?: string;
  cluster?: string;
  description?: string;
  created_at: string;
  synthetic: boolean;
  provenance: unknown;
}

export interface PlatformServiceRow {
  id: string;
  platform: string;
  name: string;
  category: string;
  description?: string;
  terms?: string;
}

export interface ServiceRequestRow {
  id: string;
  service: string;
  requester: string;
  message?: string;
  status: string;
  answer?: string;
  requested_at: string;
  answered_at?: string;
}

const v = (name: string): ColumnSpec => ({ name, kind: 'varchar' });
const list = (name: string): ColumnSpec => ({ name, kind: 'varchar[]' });
const json = (name: string): ColumnSpec => ({ name, kind: 'json' });
const bool = (name: string): ColumnSpec => ({ name, kind: 'boolean' });
const dbl = (name: string): ColumnSpec => ({ name, kind: 'double' });
const int = (name: string): ColumnSpec => ({ name, kind: 'integer' });

const COLUMNS = {
  demands: [
    v('id'),
    v('organization'),
    v('title'),
    v('description'),
    v('kind'),
    v('specification'),
    dbl('quantity'),
    v('unit'),
    v('region'),
    list('nodes'),
    v('wanted_size'),
    v('deadline'),
    v('visibility'),
    list('invited'),
    v('cluster'),
    v('status'),
    v('created_at'),
    bool('synthetic'),
    json('provenance'),
  ],
  capabilities: [
    v('id'),
    v('organization'),
    v('title'),
    v('description'),
    v('kind'),
    list('products'),
    list('processes'),
    list('certifications'),
    v('capacity'),
    list('nodes'),
    bool('derived'),
    v('created_at'),
    bool('synthetic'),
    json('provenance'),
  ],
  supplier_pool: [
    v('cluster'),
    v('leader'),
    v('supplier'),
    v('consent'),
    bool('shared'),
    v('qualified_at'),
    v('consent_at'),
    v('shared_at'),
    v('note'),
  ],
  service_platforms: [
    v('id'),
    v('organization'),
    v('name'),
    v('category'),
    v('region'),
    v('cluster'),
    v('description'),
    v('created_at'),
    bool('synthetic'),
    json('provenance'),
  ],
  platform_services: [
    v('id'),
    v('platform'),
    v('name'),
    v('category'),
    v('description'),
    v('terms'),
  ],
  service_requests: [
    v('id'),
    v('service'),
    v('requester'),
    v('message'),
    v('status'),
    v('answer'),
    v('requested_at'),
    v('answered_at'),
  ],
  matches: [
    v('id'),
    v('demand'),
    v('capability'),
    v('buyer'),
    v('supplier'),
    dbl('score'),
    json('reasons'),
    v('status'),
    v('created_at'),
    v('updated_at'),
  ],
  match_events: [
    v('match_id'),
    int('seq'),
    v('from_status'),
    v('to_status'),
    v('happened_at'),
    v('note'),
  ],
} as const satisfies Record<string, readonly ColumnSpec[]>;

export type MatchingTable = keyof typeof COLUMNS;

/** Inserts rows, replacing rows with the same key (id, or the pool's triple). */
export async function upsertRows(
  tx: Tx,
  table: MatchingTable,
  rows: readonly object[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const stage = `stage_${table}`;
  await tx.exec(`CREATE OR REPLACE TEMP TABLE ${stage} AS SELECT * FROM ${table} LIMIT 0`);
  await tx.append(stage, COLUMNS[table], rows as Row[]);
  const key =
    table === 'supplier_pool'
      ? `(cluster, leader, supplier) IN (SELECT cluster, leader, supplier FROM ${stage})`
      : table === 'match_events'
        ? `(match_id, seq) IN (SELECT match_id, seq FROM ${stage})`
        : `id IN (SELECT id FROM ${stage})`;
  await tx.exec(`DELETE FROM ${table} WHERE ${key}`);
  await tx.exec(`INSERT INTO ${table} SELECT * FROM ${stage}`);
  await tx.exec(`DROP TABLE ${stage}`);
  return rows.length;
}

function parseJson(r: Row, ...keys: string[]): Row {
  for (const k of keys) if (typeof r[k] === 'string') r[k] = JSON.parse(r[k] as string);
  for (const k of Object.keys(r)) if (r[k] === null) delete r[k];
  return r;
}

export async function readDemand(db: Duck | Tx, id: string): Promise<DemandRow | undefined> {
  const [r] = await db.all('SELECT * FROM demands WHERE id = $1', [id]);
  return r ? (parseJson(r, 'provenance') as unknown as DemandRow) : undefined;
}

export interface DemandFilter {
  organization?: string;
  status?: string;
}
const DEMAND_WHERE = `WHERE ($1::VARCHAR IS NULL OR organization = $1)
  AND ($2::VARCHAR IS NULL OR status = $2)`;

/** Demands, newest first (id breaks ties, so pages never overlap): every one, or `limit` after `offset`. */
export async function readDemands(
  db: Duck,
  f: DemandFilter & { limit?: number; offset?: number } = {},
): Promise<DemandRow[]> {
  const rows = await db.all(
    `SELECT * FROM demands ${DEMAND_WHERE} ORDER BY created_at DESC, id LIMIT $3 OFFSET $4`,
    [f.organization ?? null, f.status ?? null, f.limit ?? null, f.offset ?? 0],
  );
  return rows.map((r) => parseJson(r, 'provenance') as unknown as DemandRow);
}

export async function countDemands(db: Duck, f: DemandFilter = {}): Promise<number> {
  const r = await db.one(`SELECT count(*) AS n FROM demands ${DEMAND_WHERE}`, [
    f.organization ?? null,
    f.status ?? null,
  ]);
  return Number(r?.n ?? 0);
}

export async function readCapability(
  db: Duck | Tx,
  id: string,
): Promise<CapabilityRow | undefined> {
  const [r] = await db.all('SELECT * FROM capabilities WHERE id = $1', [id]);
  return r ? (parseJson(r, 'provenance') as unknown as CapabilityRow) : undefined;
}

export interface CapabilityFilter {
  organization?: string;
  derived?: boolean;
}
const CAPABILITY_WHERE = `WHERE ($1::VARCHAR IS NULL OR organization = $1)
  AND ($2::BOOLEAN IS NULL OR derived = $2)`;

/** Capabilities by id: every one, or `limit` after `offset`. */
export async function readCapabilities(
  db: Duck,
  f: CapabilityFilter & { limit?: number; offset?: number } = {},
): Promise<CapabilityRow[]> {
  const rows = await db.all(
    `SELECT * FROM capabilities ${CAPABILITY_WHERE} ORDER BY id LIMIT $3 OFFSET $4`,
    [f.organization ?? null, f.derived ?? null, f.limit ?? null, f.offset ?? 0],
  );
  return rows.map((r) => parseJson(r, 'provenance') as unknown as CapabilityRow);
}

export async function countCapabilities(db: Duck, f: CapabilityFilter = {}): Promise<number> {
  const r = await db.one(`SELECT count(*) AS n FROM capabilities ${CAPABILITY_WHERE}`, [
    f.organization ?? null,
    f.derived ?? null,
  ]);
  return Number(r?.n ?? 0);
}

/** Organisation facts the scorer needs, for the owners of capabilities or demands. */
export interface PartyFacts {
  id: string;
  name: string;
  kind: string;
  region?: string;
  lon?: number;
  lat?: number;
  tags: string[];
  industries: string[];
  industry_names: string[];
  synthetic: boolean;
  employees?: number;
  revenue?: number;
}

const PARTY_SELECT = `
  SELECT o.id, o.name, o.kind, o.region, o.lon, o.lat, coalesce(o.tags, []) AS tags,
         coalesce(o.industries, []) AS industries,
         coalesce((SELECT list(i.name_zh ORDER BY i.code) FROM industries i
                   WHERE i.scheme = 'GB/T4754-2017' AND list_contains(o.industries, i.code)), [])
           AS industry_names,
         o.synthetic, m.employees, m.revenue
  FROM organizations o
  LEFT JOIN (SELECT organization, arg_max(employees, year) AS employees,
                    arg_max(revenue, year) AS revenue
             FROM measures GROUP BY organization) m ON m.organization = o.id`;

export async function partyFacts(db: Duck, ids?: readonly string[]): Promise<PartyFacts[]> {
  const rows = ids
    ? await db.all(`${PARTY_SELECT} WHERE list_contains($1::VARCHAR[], o.id)`, [
        listValue([...ids]),
      ])
    : await db.all(PARTY_SELECT);
  return rows.map((r) => parseJson(r) as unknown as PartyFacts);
}

/** Everything an organisation supplies or serves, by link product, with counts. */
export async function readSuppliedProducts(
  db: Duck,
): Promise<Array<{ organization: string; type: string; product: string; n: number }>> {
  const rows = await db.all(
    `SELECT source AS organization, type, product, count(*) AS n FROM links
     WHERE type IN ('supply', 'service', 'collaboration') AND product IS NOT NULL
     GROUP BY ALL ORDER BY organization, n DESC, product`,
  );
  return rows as unknown as Array<{
    organization: string;
    type: string;
    product: string;
    n: number;
  }>;
}

/** Links of any supply/service/collaboration type between `org` and each other party. */
export async function pastLinkCounts(db: Duck, org: string): Promise<Map<string, number>> {
  const rows = await db.all(
    `SELECT CASE WHEN source = $1 THEN target ELSE source END AS other, count(*) AS n
     FROM links WHERE (source = $1 OR target = $1)
       AND type IN ('supply', 'service', 'collaboration') GROUP BY other`,
    [org],
  );
  const out = new Map<string, number>();
  for (const r of rows) out.set(String(r.other), Number(r.n));
  // Past matches that got to a contract count as links too.
  const won = await db.all(
    `SELECT CASE WHEN buyer = $1 THEN supplier ELSE buyer END AS other, count(*) AS n
     FROM matches WHERE (buyer = $1 OR supplier = $1) AND status = 'contract' GROUP BY other`,
    [org],
  );
  for (const r of won) out.set(String(r.other), (out.get(String(r.other)) ?? 0) + Number(r.n));
  return out;
}

/** Clusters an organisation belongs to, with its role there. */
export async function memberships(
  db: Duck | Tx,
  org: string,
): Promise<Array<{ cluster: string; role?: string }>> {
  const rows = await db.all(
    'SELECT cluster, role FROM cluster_members WHERE organization = $1 ORDER BY cluster',
    [org],
  );
  return rows.map((r) => parseJson(r) as unknown as { cluster: string; role?: string });
}

/** Each member organisation's first cluster (by id): where a derived platform is listed. */
export async function firstClusters(db: Duck | Tx): Promise<Map<string, string>> {
  const rows = await db.all(
    'SELECT organization, min(cluster) AS cluster FROM cluster_members GROUP BY organization',
  );
  return new Map(rows.map((r) => [String(r.organization), String(r.cluster)]));
}

/** How many platforms were derived (not added by a person). */
export async function countDerivedPlatforms(db: Duck): Promise<number> {
  const [r] = await db.all(
    "SELECT count(*) AS n FROM service_platforms WHERE id LIKE 'platform-derived-%'",
  );
  return Number(r.n);
}

/** Members of a cluster that lead a chain: tagged chain_leader, or with a leader role. */
export async function clusterLeaders(db: Duck | Tx, cluster: string): Promise<string[]> {
  const rows = await db.all(
    `SELECT m.organization AS id FROM cluster_members m JOIN organizations o ON o.id = m.organization
     WHERE m.cluster = $1 AND (list_contains(o.tags, 'chain_leader') OR m.role ILIKE '%leader%'
       OR m.role = 'leader') ORDER BY id`,
    [cluster],
  );
  return rows.map((r) => String(r.id));
}

export async function readPoolEntry(
  db: Duck | Tx,
  key: { cluster: string; leader: string; supplier: string },
): Promise<PoolRow | undefined> {
  const [r] = await db.all(
    'SELECT * FROM supplier_pool WHERE cluster = $1 AND leader = $2 AND supplier = $3',
    [key.cluster, key.leader, key.supplier],
  );
  return r ? (parseJson(r) as unknown as PoolRow) : undefined;
}

export async function readPool(
  db: Duck,
  f: { cluster?: string; leader?: string; supplier?: string } = {},
): Promise<PoolRow[]> {
  const rows = await db.all(
    `SELECT * FROM supplier_pool WHERE ($1::VARCHAR IS NULL OR cluster = $1)
       AND ($2::VARCHAR IS NULL OR leader = $2) AND ($3::VARCHAR IS NULL OR supplier = $3)
     ORDER BY cluster, leader, supplier`,
    [f.cluster ?? null, f.leader ?? null, f.supplier ?? null],
  );
  return rows.map((r) => parseJson(r) as unknown as PoolRow);
}

export async function readMatch(db: Duck | Tx, id: string): Promise<MatchRow | undefined> {
  const [r] = await db.all('SELECT * FROM matches WHERE id = $1', [id]);
  return r ? (parseJson(r, 'reasons') as unknown as MatchRow) : undefined;
}

export interface MatchFilter {
  buyer?: string;
  supplier?: string;
  demand?: string;
  status?: string;
  /** Matches where this organisation is the buyer or the supplier. */
  party?: string;
}
const MATCH_WHERE = `WHERE ($1::VARCHAR IS NULL OR m.buyer = $1)
  AND ($2::VARCHAR IS NULL OR m.supplier = $2) AND ($3::VARCHAR IS NULL OR m.demand = $3)
  AND ($4::VARCHAR IS NULL OR m.status = $4)
  AND ($5::VARCHAR IS NULL OR m.buyer = $5 OR m.supplier = $5)`;
const matchParams = (f: MatchFilter) => [
  f.buyer ?? null,
  f.supplier ?? null,
  f.demand ?? null,
  f.status ?? null,
  f.party ?? null,
];

/** Matches with the parties' names, newest first (then score, id): every one, or `limit` after `offset`. */
export async function readMatches(
  db: Duck,
  f: MatchFilter & { limit?: number; offset?: number } = {},
): Promise<(MatchRow & { buyer_name?: string; supplier_name?: string })[]> {
  const rows = await db.all(
    `SELECT m.*, b.name AS buyer_name, s.name AS supplier_name FROM matches m
     LEFT JOIN organizations b ON b.id = m.buyer LEFT JOIN organizations s ON s.id = m.supplier
     ${MATCH_WHERE}
     ORDER BY m.created_at DESC, m.score DESC, m.id LIMIT $6 OFFSET $7`,
    [...matchParams(f), f.limit ?? null, f.offset ?? 0],
  );
  return rows.map((r) => parseJson(r, 'reasons') as unknown as MatchRow);
}

export async function countMatches(db: Duck, f: MatchFilter = {}): Promise<number> {
  const r = await db.one(`SELECT count(*) AS n FROM matches m ${MATCH_WHERE}`, matchParams(f));
  return Number(r?.n ?? 0);
}

export async function matchEvents(db: Duck | Tx, match: string): Promise<MatchEventRow[]> {
  const rows = await db.all('SELECT * FROM match_events WHERE match_id = $1 ORDER BY seq', [match]);
  return rows.map((r) => parseJson(r) as unknown as MatchEventRow);
}

/** The rows the outcome dashboard aggregates: matches proposed in [from, to). */
export async function matchesForDashboard(
  db: Duck,
  from: string,
  to: string,
): Promise<Array<MatchRow & { buyer_name: string; supplier_name: string }>> {
  const rows = await db.all(
    `SELECT m.id, m.demand, m.buyer, m.supplier, m.status, m.created_at, m.updated_at,
            b.name AS buyer_name, s.name AS supplier_name
     FROM matches m JOIN organizations b ON b.id = m.buyer JOIN organizations s ON s.id = m.supplier
     WHERE m.created_at >= $1 AND m.created_at < $2 ORDER BY m.created_at, m.id`,
    [from, to],
  );
  return rows.map(
    (r) =>
      parseJson(r) as unknown as MatchRow & {
        buyer_name: string;
        supplier_name: string;
      },
  );
}

export interface PlatformFilter {
  category?: string;
  cluster?: string;
}
const PLATFORM_WHERE = `WHERE ($1::VARCHAR IS NULL OR category = $1)
  AND ($2::VARCHAR IS NULL OR cluster = $2)`;

/** Service platforms by name (then id): every one, or `limit` after `offset`. */
export async function readPlatforms(
  db: Duck,
  f: PlatformFilter & { limit?: number; offset?: number } = {},
): Promise<PlatformRow[]> {
  const rows = await db.all(
    `SELECT * FROM service_platforms ${PLATFORM_WHERE} ORDER BY name, id LIMIT $3 OFFSET $4`,
    [f.category ?? null, f.cluster ?? null, f.limit ?? null, f.offset ?? 0],
  );
  return rows.map((r) => parseJson(r, 'provenance') as unknown as PlatformRow);
}

export async function countPlatforms(db: Duck, f: PlatformFilter = {}): Promise<number> {
  const r = await db.one(`SELECT count(*) AS n FROM service_platforms ${PLATFORM_WHERE}`, [
    f.category ?? null,
    f.cluster ?? null,
  ]);
  return Number(r?.n ?? 0);
}

export async function readPlatformServices(
  db: Duck,
  f: { platform?: string; category?: string; platforms?: readonly string[] } = {},
): Promise<PlatformServiceRow[]> {
  const rows = await db.all(
    `SELECT * FROM platform_services WHERE ($1::VARCHAR IS NULL OR platform = $1)
       AND ($2::VARCHAR IS NULL OR category = $2)
       AND ($3::VARCHAR[] IS NULL OR list_contains($3::VARCHAR[], platform))
     ORDER BY platform, name, id`,
    [f.platform ?? null, f.category ?? null, f.platforms ? listValue([...f.platforms]) : null],
  );
  return rows.map((r) => parseJson(r) as unknown as PlatformServiceRow);
}

export async function readPlatformService(
  db: Duck | Tx,
  id: string,
): Promise<PlatformServiceRow | undefined> {
  const [r] = await db.all('SELECT * FROM platform_services WHERE id = $1', [id]);
  return r ? (parseJson(r) as unknown as PlatformServiceRow) : undefined;
}

export async function readServiceRequest(
  db: Duck | Tx,
  id: string,
): Promise<ServiceRequestRow | undefined> {
  const [r] = await db.all('SELECT * FROM service_requests WHERE id = $1', [id]);
  return r ? (parseJson(r) as unknown as ServiceRequestRow) : undefined;
}

export async function readServiceRequests(
  db: Duck,
  f: { service?: string; requester?: string } = {},
): Promise<ServiceRequestRow[]> {
  const rows = await db.all(
    `SELECT * FROM service_requests WHERE ($1::VARCHAR IS NULL OR service = $1)
       AND ($2::VARCHAR IS NULL OR requester = $2) ORDER BY requested_at, id`,
    [f.service ?? null, f.requester ?? null],
  );
  return rows.map((r) => parseJson(r) as unknown as ServiceRequestRow);
}

/** A service request with the names a person reads and the platform's organisation. */
export interface ServiceRequestView extends ServiceRequestRow {
  service_name: string;
  platform: string;
  platform_name: string;
  platform_organization?: string;
  requester_name: string;
}

/** Requests, newest first; `party` keeps those it made or whose platform it runs. */
export interface ServiceRequestFilter {
  party?: string;
  platform?: string;
  status?: string;
}
const REQUEST_FROM = `FROM service_requests r JOIN platform_services s ON s.id = r.service
  JOIN service_platforms p ON p.id = s.platform
  LEFT JOIN organizations o ON o.id = r.requester
  WHERE ($1::VARCHAR IS NULL OR r.requester = $1 OR p.organization = $1)
    AND ($2::VARCHAR IS NULL OR p.id = $2) AND ($3::VARCHAR IS NULL OR r.status = $3)`;

/** Service requests with their service, platform and requester names, newest first: every one, or `limit` after `offset`. */
export async function readServiceRequestViews(
  db: Duck,
  f: ServiceRequestFilter & { limit?: number; offset?: number } = {},
): Promise<ServiceRequestView[]> {
  const rows = await db.all(
    `SELECT r.*, s.name AS service_name, p.id AS platform, p.name AS platform_name,
            p.organization AS platform_organization, coalesce(o.name, r.requester) AS requester_name
     ${REQUEST_FROM}
     ORDER BY r.requested_at DESC, r.id LIMIT $4 OFFSET $5`,
    [f.party ?? null, f.platform ?? null, f.status ?? null, f.limit ?? null, f.offset ?? 0],
  );
  return rows.map((r) => parseJson(r) as unknown as ServiceRequestView);
}

export async function countServiceRequests(
  db: Duck,
  f: ServiceRequestFilter = {},
): Promise<number> {
  const r = await db.one(`SELECT count(*) AS n ${REQUEST_FROM}`, [
    f.party ?? null,
    f.platform ?? null,
    f.status ?? null,
  ]);
  return Number(r?.n ?? 0);
}

/** The organisation that runs the platform of a service (undefined: run by no member). */
export async function readServiceOperator(
  db: Duck | Tx,
  service: string,
): Promise<string | undefined> {
  const [r] = await db.all(
    `SELECT p.organization FROM platform_services s JOIN service_platforms p ON p.id = s.platform
     WHERE s.id = $1`,
    [service],
  );
  return r?.organization ? String(r.organization) : undefined;
}

/** Which of the given ids are organisations of the atlas. */
export async function existingOrganizations(
  db: Duck | Tx,
  ids: readonly string[],
): Promise<Set<string>> {
  return new Set((await readOrganizationNames(db, ids)).keys());
}

export async function organizationExists(db: Duck | Tx, id: string): Promise<boolean> {
  const [r] = await db.all('SELECT 1 AS x FROM organizations WHERE id = $1', [id]);
  return r !== undefined;
}

/** The seat of a region (lon, lat), when the reference table has it. */
export async function readRegionPoint(
  db: Duck,
  code: string,
): Promise<{ code: string; name: string; lon?: number; lat?: number } | undefined> {
  const [r] = await db.all('SELECT code, name_zh AS name, lon, lat FROM regions WHERE code = $1', [
    code,
  ]);
  return r
    ? (parseJson(r) as unknown as { code: string; name: string; lon?: number; lat?: number })
    : undefined;
}
