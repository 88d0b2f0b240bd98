import { declareAggregates } from '../../core/access/disclosure.ts';
import type { HomogeneityAnswer } from '../../contract/metrics.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { firmCells } from './firm-cells.ts';
import { revealedSets } from './run-store-metric.ts';
import { AtlasError, type AtlasWarning } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import type { MetricRegionLevel } from '../../core/model/metric-matrix.ts';
import type { NamedCode } from '../../store/queries/metric-matrix.ts';
import { readRegionCodes } from '../../store/queries/metric-matrix.ts';
import {
  homogeneityOfMatrix,
  type OverlapIndustry,
  type PriorityIndustry,
  type RegionPair,
  type StructureIndustry,
} from '../../analytics/concentration/homogeneity-of-matrix.ts';
import { storeMatrix, type StoreMatrixInfo, type StoreMatrixOptions } from './store-matrix.ts';

export interface HomogeneityQuery extends StoreMatrixOptions {
  /** The region to compare with the others. */
  region?: string;
  /** The regions to compare (pairs above the threshold). */
  peers?: readonly string[];
  /** A province: its prefectures are the peers. */
  within?: string;
  threshold?: number;
  /** A user's list of priority industries (codes at industryLevel) instead of LQ ≥ 1. */
  industries?: readonly string[];
  limit?: number;
}

export type NamedOverlap = OverlapIndustry & { nameZh: string; nameEn: string | null };
export interface NamedPair extends Omit<RegionPair, 'a' | 'b' | 'overlap'> {
  a: NamedCode;
  b: NamedCode;
  overlap: NamedOverlap[];
}

export interface HomogeneityResult {
  basis: 'lq' | 'industries';
  threshold: number;
  region: NamedCode | null;
  peers: NamedCode[];
  priorities: Array<PriorityIndustry & { nameZh: string; nameEn: string | null }>;
  /** The region's industries by share (value, share, LQ): its industrial structure. */
  structure: Array<StructureIndustry & { nameZh: string; nameEn: string | null }>;
  similar: NamedPair[];
  pairs: NamedPair[];
  matrix: StoreMatrixInfo;
  warnings: AtlasWarning[];
}

/** The four municipalities are provinces whose one prefecture-level unit is xx0100. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

function isProvinceCode(code: string): boolean {
  return /^\d{2}0000$/.test(code);
}

/**
 * At prefecture level, Shanghai's 310000 means its city 310100; other codes
 * are taken as given.
 */
function atLevel(code: string, level: MetricRegionLevel): string {
  if (level === 'prefecture' && isProvinceCode(code) && MUNICIPALITIES.has(code.slice(0, 2)))
    return `${code.slice(0, 2)}0100`;
  return code;
}

/** The query's region and peer codes: 6-digit GB/T 2260 codes (within: a province), else ATLAS_E_USAGE. */
function queryCodes(q: HomogeneityQuery): string[] {
  if (!q.region && !q.peers?.length && !q.within) {
    throw new AtlasError('ATLAS_E_USAGE', 'give a region, a list of peers, or a province (within)');
  }
  const codes = [q.region, ...(q.peers ?? [])].filter((c): c is string => Boolean(c));
  const bad = codes.filter((c) => !/^\d{6}$/.test(c));
  if (bad.length || (q.within && !isProvinceCode(q.within))) {
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `regions are 6-digit GB/T 2260 codes (within: a province, xx0000); got ${[...bad, q.within].filter(Boolean).join(', ')}`,
      { codes: bad, within: q.within },
    );
  }
  return codes;
}

/**
 * The use case behind `GET /api/homogeneity` and `atlas homogeneity`: builds
 * the atlas's matrix at the level the codes imply (prefecture when any code
 * is a prefecture or `within` is given, else province), then ranks the
 * regions most similar to `region` and lists the pairs of the peer set above
 * the threshold, each with the industries both prioritise (homogeneity-of-matrix.ts).
 */
export async function homogeneity(db: Duck, q: HomogeneityQuery): Promise<HomogeneityResult> {
  const codes = queryCodes(q);
  const regionLevel: MetricRegionLevel =
    q.regionLevel ??
    (q.within || codes.some((c) => !isProvinceCode(c)) ? 'prefecture' : 'province');
  const built = await storeMatrix(db, { ...q, regionLevel });
  const present = new Set(built.matrix.regions);
  let peers = q.peers?.map((c) => atLevel(c, regionLevel));
  if (q.within) {
    const children = (await readRegionCodes(db, 'prefecture', q.within)).map((c) =>
      atLevel(c, regionLevel),
    );
    const direct = MUNICIPALITIES.has(q.within.slice(0, 2)) ? [atLevel(q.within, regionLevel)] : [];
    peers = [...(peers ?? []), ...children, ...direct].filter((c) => present.has(c));
  }
  const result = homogeneityOfMatrix(built.matrix, {
    focus: q.region ? atLevel(q.region, regionLevel) : undefined,
    peers,
    threshold: q.threshold,
    industries: q.industries,
    limit: q.limit,
  });

  const regionName = new Map(built.regionNames.map((n) => [n.code, n]));
  const industryName = new Map(built.industryNames.map((n) => [n.code, n]));
  const rn = (c: string): NamedCode => regionName.get(c) ?? { code: c, nameZh: c, nameEn: null };
  const inName = (c: string) => {
    const n = industryName.get(c);
    return { nameZh: n?.nameZh ?? c, nameEn: n?.nameEn ?? null };
  };
  // A cell's value, share and LQ are confidential aggregates of its firms' measures.
  const firms = built.info.measure === 'count' ? undefined : built.firms;
  // A similarity of two regions reveals both rows; an overlap's LQs and shares too.
  const cells = firmCells(firms);
  const named = (p: RegionPair): NamedPair => {
    const sets = [...cells.ofRegion(p.a), ...cells.ofRegion(p.b)];
    const figure = (k: string) => ({ path: [k], sets });
    return declareAggregates(
      {
        ...p,
        a: rn(p.a),
        b: rn(p.b),
        overlap: p.overlap.map((o) =>
          declareAggregates(
            { ...o, ...inName(o.industry) },
            ['lqA', 'lqB', 'shareA', 'shareB'].map(figure),
          ),
        ),
        overlapShare: declareAggregates({ ...p.overlapShare }, ['a', 'b'].map(figure)),
      },
      ['similarity', 'similarityAll'].map(figure),
    );
  };
  const cellFigures = <T extends { industry: string }>(row: T): T => {
    const sets =
      firms && result.focus
        ? revealedSets({ region: result.focus, industry: row.industry }, 'cell', firms, false)
        : [];
    return declareAggregates(
      row,
      ['value', 'share', 'lq'].map((k) => ({ path: [k], sets })),
    );
  };
  return {
    basis: result.basis,
    threshold: result.threshold,
    region: result.focus ? rn(result.focus) : null,
    peers: (peers ?? []).map(rn),
    priorities: result.priorities.map((p) => cellFigures({ ...p, ...inName(p.industry) })),
    structure: result.structure.map((p) => cellFigures({ ...p, ...inName(p.industry) })),
    similar: result.similar.map(named),
    pairs: result.pairs.map(named),
    matrix: built.info,
    warnings: built.warnings,
  };
}

/**
 * GET /api/homogeneity's answer (src/contract/metrics.ts): the result with
 * its warnings as the wire carries them; the figures keep their declared
 * contributions (they are declared on the rows and pairs, kept as they are).
 */
export async function homogeneityAnswer(db: Duck, q: HomogeneityQuery): Promise<HomogeneityAnswer> {
  const r = await homogeneity(db, q);
  return { ...r, warnings: answerWarnings(r.warnings) };
}
