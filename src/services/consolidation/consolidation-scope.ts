import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readFirmSizes, type FirmSizeMeasure } from '../../store/queries/firm-sizes.ts';
import { readOrganizations, type OrganizationRow } from '../../store/queries/organizations.ts';
import type { Consolidation, ConsolidateOptions } from './consolidation-types.ts';

/** More firms than this in one scope is not a market one reads firm by firm. */
const SCOPE_LIMIT = 100_000;

export interface Scope {
  scope: Consolidation['scope'];
  firms: OrganizationRow[];
}

/** The firms of a cluster (its enterprises) or of a region × industry. */
export async function loadScope(db: Duck, o: ConsolidateOptions): Promise<Scope> {
  if (o.cluster !== undefined) {
    if (o.region !== undefined || o.industry !== undefined)
      throw new AtlasError('ATLAS_E_USAGE', 'give either a cluster or a region and an industry');
    const c = await readCluster(db, o.cluster);
    if (!c)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${o.cluster}`, {
        id: o.cluster,
      });
    const { rows } = await readOrganizations(db, {
      cluster: o.cluster,
      kind: 'enterprise',
      limit: SCOPE_LIMIT,
      offset: 0,
    });
    return {
      scope: { kind: 'cluster', cluster: c.id, name: c.name, nameEn: c.nameEn ?? null },
      firms: rows,
    };
  }
  if (o.region === undefined || o.industry === undefined)
    throw new AtlasError(
      'ATLAS_E_USAGE',
      'name a cluster, or a region (GB/T 2260 code) and an industry (GB/T 4754 code or name)',
    );
  const { rows } = await readOrganizations(db, {
    region: o.region,
    industry: o.industry,
    kind: 'enterprise',
    limit: SCOPE_LIMIT,
    offset: 0,
  });
  return {
    scope: { kind: 'region-industry', region: o.region, industry: o.industry },
    firms: rows,
  };
}

const MEASURES: readonly FirmSizeMeasure[] = ['output', 'revenue', 'employees'];

export interface Sizes {
  measure: FirmSizeMeasure;
  year: number | null;
  /** Organisation → size in `year`. */
  size: Map<string, number>;
  warnings: AtlasWarning[];
}

/**
 * The measure (the one asked, else the first of output, revenue, employees
 * any firm reports) in the year asked, else the latest year any firm
 * reports it; firms without a value that year are left out of the market.
 */
export async function loadSizes(
  db: Duck,
  firms: readonly OrganizationRow[],
  measure: FirmSizeMeasure | undefined,
  year: number | undefined,
): Promise<Sizes> {
  const ids = firms.map((f) => f.id);
  for (const m of measure ? [measure] : MEASURES) {
    const rows = await readFirmSizes(db, ids, m);
    if (rows.length === 0) continue;
    const y = year ?? Math.max(...rows.map((r) => r.year));
    const size = new Map(rows.filter((r) => r.year === y).map((r) => [r.organization, r.value]));
    const warnings: AtlasWarning[] = [];
    if (size.size < firms.length)
      warnings.push(
        warning(
          'ATLAS_W_MISSING_VALUES',
          `${firms.length - size.size} of ${firms.length} firms report no ${m} in ${y}: they are left out of the shares (import their yearly measures to include them)`,
          { measure: m, year: y, missing: firms.length - size.size },
        ),
      );
    return { measure: m, year: y, size, warnings };
  }
  return {
    measure: measure ?? 'output',
    year: year ?? null,
    size: new Map(),
    warnings: [
      warning(
        'ATLAS_W_NO_MEMBER_DATA',
        `none of the ${firms.length} firms reports ${measure ?? 'output, revenue or employees'}: concentration cannot be computed (import the firms' yearly measures: atlas import --kind organizations with output or revenue columns)`,
        { firms: firms.length },
      ),
    ],
  };
}
