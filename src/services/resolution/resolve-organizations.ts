import type { ResolutionRecord } from '../../analytics/resolution/prepare-record.ts';
import {
  DEFAULT_RESOLUTION_OPTIONS,
  type MatchDecision,
  type ResolutionOptions,
} from '../../analytics/resolution/resolution-options.ts';
import {
  type LeftGramCounts,
  type ResolvedPair,
  resolveRecords,
} from '../../analytics/resolution/resolve-records.ts';
import { AtlasError, type AtlasWarning, warning } from '../../core/errors.ts';
import { usccProblem } from '../../core/ids/uscc.ts';
import { resolutionReference } from './resolution-reference.ts';

/**
 * Entity resolution between two lists of organisations as people write
 * them: a region may be a GB/T 2260 code or a name (广东, 深圳市, Changsha's
 * province "Hunan"), possibly split into province and city; a USCC that
 * fails its checksum is not used (with a warning) rather than trusted.
 * This is the one entry point for the CLI (`atlas resolve`), the API
 * (POST /api/resolve) and the import, which matches a file's rows against the
 * organisations already in the store.
 */

export type { ResolutionOptions };

export interface OrganizationRow {
  id: string;
  name: string;
  /** A GB/T 2260 code or a region name at any level. */
  region?: string;
  province?: string;
  city?: string;
  industry?: string;
  uscc?: string;
  stockCode?: string;
}

export interface ResolveOutcome {
  pairs: ResolvedPair[];
  counts: Record<MatchDecision, number> & { left: number; right: number; comparisons: number };
  options: ResolutionOptions;
  warnings: AtlasWarning[];
  /** Left bigram counts and the left ids whose decision hangs on them (resolve-records.ts). */
  leftGrams: Map<string, number>;
  countDependent: string[];
}

/** A row's region as a code: the city in the province's context, else the region, else the province. */
export function regionCode(row: OrganizationRow): string | undefined {
  const { regions } = resolutionReference();
  const province = row.province
    ? regions.resolve(row.province, { expect: 'province' })?.region.code
    : undefined;
  const city = row.city
    ? regions.resolve(row.city, { province, expect: 'prefecture' })?.region.code
    : undefined;
  const region = row.region ? regions.resolve(row.region, { province })?.region.code : undefined;
  return region ?? city ?? province;
}

export function toRecords(
  rows: readonly OrganizationRow[],
  side: string,
  warnings: AtlasWarning[],
): ResolutionRecord[] {
  const unplaced: string[] = [];
  const badUscc: string[] = [];
  const out = rows.map((row) => {
    const named = row.region || row.province || row.city;
    const region = named ? regionCode(row) : undefined;
    if (named && !region) unplaced.push(row.id);
    let uscc = row.uscc?.trim().toUpperCase() || undefined;
    if (uscc && usccProblem(uscc)) {
      badUscc.push(row.id);
      uscc = undefined;
    }
    return {
      id: row.id,
      name: row.name,
      region,
      industry: row.industry,
      uscc,
      stockCode: row.stockCode,
    };
  });
  if (unplaced.length)
    warnings.push(
      warning(
        'ATLAS_W_REGION_UNRESOLVED',
        `${side}: ${unplaced.length} rows name a region that was not recognised; they are compared without one`,
        { side, ids: unplaced.slice(0, 20) },
      ),
    );
  if (badUscc.length)
    warnings.push(
      warning(
        'ATLAS_W_RESOLUTION_BAD_USCC',
        `${side}: ${badUscc.length} USCCs fail their checksum and were not used`,
        { side, ids: badUscc.slice(0, 20) },
      ),
    );
  return out;
}

export function resolveOrganizations(
  left: readonly OrganizationRow[],
  right: readonly OrganizationRow[],
  options: Partial<ResolutionOptions> = {},
  leftCounts?: LeftGramCounts,
): ResolveOutcome {
  const warnings: AtlasWarning[] = [];
  const given = Object.entries(options).filter(([, v]) => v !== undefined);
  const o: ResolutionOptions = { ...DEFAULT_RESOLUTION_OPTIONS, ...Object.fromEntries(given) };
  if (o.reviewAt > o.matchAt)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      `reviewAt (${o.reviewAt}) must not exceed matchAt (${o.matchAt})`,
      { reviewAt: o.reviewAt, matchAt: o.matchAt },
    );
  const result = resolveRecords(
    toRecords(left, 'left', warnings),
    toRecords(right, 'right', warnings),
    resolutionReference().places,
    o,
    leftCounts,
  );
  const counts = {
    match: 0,
    review: 0,
    distinct: 0,
    left: left.length,
    right: right.length,
    comparisons: result.comparisons,
  };
  for (const p of result.pairs) counts[p.decision]++;
  const { leftGrams, countDependent } = result;
  return { pairs: result.pairs, counts, options: o, warnings, leftGrams, countDependent };
}
