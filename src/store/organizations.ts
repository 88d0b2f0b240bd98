import { AtlasError } from '../core/errors.ts';
import type { Organization, YearlyMeasures } from '../core/model/organization.ts';
import { listValue } from '@duckdb/node-api';
import type { ColumnSpec, Duck, Row, Tx } from './duck.ts';
import { figureProvenanceSql, markCompactFigures } from './figure-sources.ts';
import {
  type ChangeContext,
  recordWrite,
  TRACKED_MEASURE,
  TRACKED_ORGANIZATION,
} from './history.ts';

const ORG_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', kind: 'varchar' },
  { name: 'uscc', kind: 'varchar' },
  { name: 'name', kind: 'varchar' },
  { name: 'name_en', kind: 'varchar' },
  { name: 'kind', kind: 'varchar' },
  { name: 'region', kind: 'varchar' },
  { name: 'province', kind: 'varchar' },
  { name: 'prefecture', kind: 'varchar' },
  { name: 'address', kind: 'varchar' },
  { name: 'lon', kind: 'double' },
  { name: 'lat', kind: 'double' },
  { name: 'crs', kind: 'varchar' },
  { name: 'industries', kind: 'varchar[]' },
  { name: 'industry_labels', kind: 'varchar[]' },
  { name: 'tags', kind: 'varchar[]' },
  { name: 'external_ids', kind: 'json' },
  { name: 'synthetic', kind: 'boolean' },
  { name: 'verified', kind: 'boolean' },
  { name: 'provenance', kind: 'json' },
  { name: 'location_precision', kind: 'varchar' },
];

const MEASURE_COLUMNS: readonly ColumnSpec[] = [
  { name: 'organization', kind: 'varchar' },
  { name: 'year', kind: 'integer' },
  { name: 'employees', kind: 'double' },
  { name: 'revenue', kind: 'double' },
  { name: 'output', kind: 'double' },
  { name: 'rd_spend', kind: 'double' },
  { name: 'patents', kind: 'double' },
  { name: 'provenance', kind: 'json' },
  { name: 'import_id', kind: 'varchar' },
  { name: 'import_row', kind: 'integer' },
];

/**
 * Writes organisations, replacing any with the same id (and their measures).
 * Region columns: `region` is the most detailed code known; province and
 * prefecture are filled from the regions table so SQL can group by level.
 * Every difference to what was stored — a field of an organisation, a yearly
 * figure, a record created, a year dropped — goes to the change history
 * (history.ts) with `ctx`'s author and source (default: the record's
 * provenance source).
 */
export async function writeOrganizations(
  tx: Tx,
  orgs: readonly Organization[],
  ctx: ChangeContext = {},
): Promise<number> {
  if (orgs.length === 0) return 0;
  const rows: Row[] = orgs.map((o) => ({
    id: o.id,
    uscc: o.uscc,
    name: o.name,
    name_en: o.nameEn,
    kind: o.kind,
    region: o.region,
    address: o.address,
    lon: o.coordinates?.[0],
    lat: o.coordinates?.[1],
    crs: o.coordinates ? (o.crs ?? 'GCJ02') : undefined,
    industries: o.industries,
    industry_labels: o.industryLabels,
    tags: o.tags,
    external_ids: o.externalIds,
    synthetic: o.provenance.synthetic,
    verified: o.provenance.verified,
    provenance: o.provenance,
    location_precision: o.locationPrecision,
  }));
  const measures: Row[] = orgs.flatMap((o) =>
    o.measures.map((m) => ({
      organization: o.id,
      year: m.year,
      employees: m.employees,
      revenue: m.revenue,
      output: m.output,
      rd_spend: m.rdSpend,
      patents: m.patents,
      // Figures written with their record and no source of their own come from the record's.
      provenance: m.provenance ?? { ...o.provenance, year: m.year },
    })),
  );
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_org AS SELECT * FROM organizations LIMIT 0');
  await tx.exec('CREATE OR REPLACE TEMP TABLE stage_measures AS SELECT * FROM measures LIMIT 0');
  await tx.append('stage_org', ORG_COLUMNS, rows);
  // A figure whose provenance is its import's template and row keeps just those (migration 017).
  await markCompactFigures(tx, measures, ctx.importId);
  await tx.append('stage_measures', MEASURE_COLUMNS, measures);
  await tx.exec(`UPDATE stage_org s SET province = r.province, prefecture = r.prefecture
                 FROM regions r WHERE r.code = s.region`);
  await refuseDuplicateKeys(tx);
  await recordOrganizationChanges(tx, ctx);
  await tx.exec('UPDATE stage_measures SET provenance = NULL WHERE import_id IS NOT NULL');
  await tx.exec('DELETE FROM measures WHERE organization IN (SELECT id FROM stage_org)');
  await tx.exec('DELETE FROM organizations WHERE id IN (SELECT id FROM stage_org)');
  // Key order: row groups' min/max statistics then narrow a look-up by id (migration 013).
  await tx.exec('INSERT INTO organizations SELECT * FROM stage_org ORDER BY id');
  await tx.exec('INSERT INTO measures SELECT * FROM stage_measures ORDER BY organization, year');
  await tx.exec('DROP TABLE stage_org');
  await tx.exec('DROP TABLE stage_measures');
  return rows.length;
}

/**
 * The tables have no key constraint (migration 013): a write holding an id,
 * or an organisation's year, twice is refused here, before anything changes.
 * Callers merge such rows first, so this is a program error, not bad input.
 */
async function refuseDuplicateKeys(tx: Tx): Promise<void> {
  const dup = await tx.all(
    `SELECT 'organizations' AS t, id AS k FROM stage_org GROUP BY id HAVING count(*) > 1
     UNION ALL SELECT 'measures', organization || '|' || year FROM stage_measures
       GROUP BY organization, year HAVING count(*) > 1
     LIMIT 5`,
  );
  if (dup.length > 0)
    throw new AtlasError(
      'ATLAS_E_INTERNAL',
      `a write of organisations holds a key twice (${dup.map((d) => `${d.t} ${d.k}`).join(', ')}); nothing was written`,
      { duplicates: dup.map((d) => ({ table: String(d.t), key: String(d.k) })) },
    );
}

/** History of a write staged in stage_org / stage_measures, against what is stored. */
async function recordOrganizationChanges(tx: Tx, ctx: ChangeContext): Promise<void> {
  await recordWrite(tx, TRACKED_ORGANIZATION, 'stage_org', ctx);
  await recordWrite(tx, TRACKED_MEASURE, 'stage_measures', ctx, {
    // Years no longer given for a written organisation are dropped from measures.
    scope: 't.organization IN (SELECT id FROM stage_org)',
    // A figure's own source (migration 015), else its record's.
    source: `coalesce(json_extract_string(${figureProvenanceSql('t')}, '$.source'),
      (SELECT json_extract_string(o.provenance, '$.source') FROM stage_org o
       WHERE o.id = t.organization))`,
  });
}

function num(v: unknown): number | undefined {
  return v === null || v === undefined ? undefined : Number(v);
}

function str(v: unknown): string | undefined {
  return v === null || v === undefined ? undefined : String(v);
}

function json<T>(v: unknown, fallback: T): T {
  if (v === null || v === undefined) return fallback;
  return (typeof v === 'string' ? JSON.parse(v) : v) as T;
}

/** Whole organisations (with their measures) by id, as the domain model holds them. */
export async function loadOrganizations(
  db: { all: Tx['all'] },
  ids: readonly string[],
): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const rows = await db.all(
    `SELECT o.*, o.provenance::VARCHAR AS prov, o.external_ids::VARCHAR AS ext,
       (SELECT list(struct_pack(year := m.year, employees := m.employees, revenue := m.revenue,
          output := m.output, rd_spend := m.rd_spend, patents := m.patents,
          provenance := ${figureProvenanceSql('m')}) ORDER BY m.year)
        FROM measures m WHERE m.organization = o.id)::JSON::VARCHAR AS ms
     FROM organizations o WHERE list_contains($1::VARCHAR[], o.id)`,
    [listValue([...ids])],
  );
  return rows.map((r) => {
    const measures = json<Row[] | null>(r.ms, null) ?? [];
    const lon = num(r.lon);
    const lat = num(r.lat);
    return {
      id: String(r.id),
      uscc: str(r.uscc),
      name: String(r.name),
      nameEn: str(r.name_en),
      kind: r.kind as Organization['kind'],
      region: str(r.region),
      address: str(r.address),
      coordinates:
        lon !== undefined && lat !== undefined ? ([lon, lat] as [number, number]) : undefined,
      crs: str(r.crs) as Organization['crs'],
      locationPrecision: str(r.location_precision) as Organization['locationPrecision'],
      industries: (r.industries as string[] | null) ?? [],
      industryLabels: (r.industry_labels as string[] | null) ?? [],
      tags: ((r.tags as string[] | null) ?? []) as Organization['tags'],
      externalIds: json<Record<string, string>>(r.ext, {}),
      measures: measures.map((m) => ({
        year: Number(m.year),
        employees: num(m.employees),
        revenue: num(m.revenue),
        output: num(m.output),
        rdSpend: num(m.rd_spend),
        patents: num(m.patents),
        provenance: json<YearlyMeasures['provenance'] | null>(m.provenance, null) ?? undefined,
      })),
      provenance: json<Organization['provenance']>(r.prov, {
        source: 'unknown',
        method: 'manual',
        confidence: 1,
        verified: false,
        synthetic: false,
      }),
    };
  });
}

/** Names of organisations by id (ids not found are left out). */
export async function readOrganizationNames(
  db: Duck | Tx,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.all(
    'SELECT id, name FROM organizations WHERE list_contains($ids::VARCHAR[], id)',
    { ids: listValue([...ids]) },
  );
  return new Map(rows.map((r) => [String(r.id), String(r.name)]));
}
