import {
  FIGURE_FIELDS,
  sourceOfFigure,
  type FigureField,
  type FigureProvenance,
  type FigureSource,
} from '../../core/model/figure-provenance.ts';
import type { Duck } from '../duck.ts';
import { figureProvenanceSql } from '../figure-sources.ts';
import { ORG_COLUMNS, parseJson, toOrganization, type OrganizationRow } from './organizations.ts';

/** One year of an organisation's figures (table measures). Confidential. */
export interface MeasureRow {
  year: number;
  employees: number | null;
  revenue: number | null;
  output: number | null;
  rdSpend: number | null;
  patents: number | null;
  /** Where each figure with a value comes from (migration 015). */
  sources: Partial<Record<FigureField, FigureSourceRow>>;
}

/** One figure's source as answers send it: the provenance's fields and the import row. */
export type FigureSourceRow = Omit<FigureSource, 'fields'>;

/** A link of the organisation, seen from it: the other end named. Its value is confidential. */
export interface OrganizationLinkRow {
  id: string;
  direction: 'out' | 'in';
  type: string;
  other: string;
  otherName: string | null;
  otherKind: string | null;
  product: string | null;
  value: number | null;
  year: number | null;
  synthetic: boolean;
  verified: boolean;
  provenance: Record<string, unknown>;
}

export interface OrganizationClusterRow {
  id: string;
  name: string;
  nameEn: string | null;
  role: string | null;
}

export interface OrganizationDetailRows {
  organization: OrganizationRow;
  address: string | null;
  crs: string | null;
  externalIds: Record<string, unknown>;
  measures: MeasureRow[];
  links: OrganizationLinkRow[];
  clusters: OrganizationClusterRow[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Each figure's source, from the row's provenance (a source only where a figure has a value). */
function figureSourcesOf(m: Record<string, unknown>): MeasureRow['sources'] {
  const figures = {
    employees: num(m.employees) ?? undefined,
    revenue: num(m.revenue) ?? undefined,
    output: num(m.output) ?? undefined,
    rdSpend: num(m.rd_spend) ?? undefined,
    patents: num(m.patents) ?? undefined,
    provenance: m.provenance ? (JSON.parse(String(m.provenance)) as FigureProvenance) : undefined,
  };
  const out: MeasureRow['sources'] = {};
  for (const f of FIGURE_FIELDS) {
    const s = sourceOfFigure(figures, f);
    if (!s) continue;
    const { fields: _fields, ...source } = s;
    out[f] = source;
  }
  return out;
}

/** Everything the store holds on one organisation, or undefined when there is no such id. */
export async function readOrganizationDetail(
  db: Duck,
  id: string,
): Promise<OrganizationDetailRows | undefined> {
  const row = await db.one(
    `SELECT ${ORG_COLUMNS}, o.address, o.crs, o.external_ids::VARCHAR AS external_ids
     FROM organizations o LEFT JOIN regions r ON r.code = o.region WHERE o.id = $id`,
    { id },
  );
  if (!row) return undefined;
  const [measures, links, clusters] = await Promise.all([
    db.all(
      `SELECT year, employees, revenue, output, rd_spend, patents,
         (${figureProvenanceSql('m')})::VARCHAR AS provenance
       FROM measures m
       WHERE organization = $id ORDER BY year`,
      { id },
    ),
    db.all(
      `SELECT l.id, CASE WHEN l.source = $id THEN 'out' ELSE 'in' END AS direction, l.type,
         CASE WHEN l.source = $id THEN l.target ELSE l.source END AS other,
         o.name AS other_name, o.kind AS other_kind, l.product, l.value, l.year,
         l.synthetic, l.verified, l.provenance::VARCHAR AS provenance
       FROM links l
       LEFT JOIN organizations o ON o.id = CASE WHEN l.source = $id THEN l.target ELSE l.source END
       WHERE l.source = $id OR l.target = $id
       ORDER BY l.type, direction, other_name, l.id`,
      { id },
    ),
    db.all(
      `SELECT c.id, c.name, c.name_en, m.role FROM cluster_members m
       JOIN clusters c ON c.id = m.cluster WHERE m.organization = $id ORDER BY c.name`,
      { id },
    ),
  ]);
  return {
    organization: toOrganization(row),
    address: (row.address as string | null) ?? null,
    crs: (row.crs as string | null) ?? null,
    externalIds: parseJson(row.external_ids),
    measures: measures.map((m) => ({
      year: Number(m.year),
      employees: num(m.employees),
      revenue: num(m.revenue),
      output: num(m.output),
      rdSpend: num(m.rd_spend),
      patents: num(m.patents),
      sources: figureSourcesOf(m),
    })),
    links: links.map((l) => ({
      id: String(l.id),
      direction: l.direction === 'out' ? 'out' : 'in',
      type: String(l.type),
      other: String(l.other),
      otherName: (l.other_name as string | null) ?? null,
      otherKind: (l.other_kind as string | null) ?? null,
      product: (l.product as string | null) ?? null,
      value: num(l.value),
      year: num(l.year),
      synthetic: Boolean(l.synthetic),
      verified: Boolean(l.verified),
      provenance: parseJson(l.provenance),
    })),
    clusters: clusters.map((c) => ({
      id: String(c.id),
      name: String(c.name),
      nameEn: (c.name_en as string | null) ?? null,
      role: (c.role as string | null) ?? null,
    })),
  };
}
