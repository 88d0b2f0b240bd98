import type { DecisionMatrix } from '../../analytics/evaluation/decision-matrix.ts';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { IndexIndicator } from '../../core/model/index-system.ts';
import type { Duck } from '../../store/duck.ts';
import { readClusters } from '../../store/queries/clusters.ts';
import {
  readDatedMembers,
  readDatedSupplyLinks,
  lastMeasureYear,
  type DatedMember,
} from '../../store/queries/member-years.ts';
import {
  evaluateYearsMatrices,
  type YearsOptions,
  type YearsReport,
} from './evaluate-years-report.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { STORE_SYSTEM } from './rank-clusters.ts';
import { readEvaluationData } from './read-evaluation-data.ts';

export interface RankClustersYearsOptions extends YearsOptions {
  system?: string;
  /** Extra values by year (alternative = cluster id, indicator, year, value). */
  data?: string;
  designation?: string;
  synthetic?: 'include' | 'exclude';
  /** Only these clusters (a peer set and its subject). */
  only?: readonly string[];
}

export interface ClusterYearsReport extends YearsReport {
  names: Record<string, string>;
  /** Members counted in every year for want of a first year (ATLAS_W_UNDATED_MEMBERS). */
  undatedMembers: number;
}

/**
 * The atlas's clusters ranked year by year (the horse race over time). A
 * member counts from the first year of its yearly measures (a member
 * without measures counts in every year, warned); a supply link from its
 * year (undated: every year). The years with data are those of the
 * members' yearly measures and of the data file. Store indicators
 * (cluster.members, cluster.links.density) are computed per year; any other
 * indicator of the system comes from the data file's year column.
 */
export async function rankClustersOverYears(
  db: Duck,
  opts: RankClustersYearsOptions,
): Promise<ClusterYearsReport> {
  const systemFile = opts.system ?? STORE_SYSTEM;
  const system = await loadIndexSystem(systemFile);
  const extra = opts.data ? await readEvaluationData(opts.data) : undefined;
  if (extra && !extra.years)
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${opts.data}: a ranking over years needs a year column (alternative,indicator,year,value)`,
      { file: opts.data, missing: ['year'] },
    );
  const real = opts.synthetic === 'exclude';
  const clusters = (await readClusters(db)).filter(
    (c) =>
      (!opts.designation || c.designation === opts.designation) &&
      (!opts.only || opts.only.includes(c.id)),
  );
  const ids = new Set(clusters.map((c) => c.id));
  const members = (await readDatedMembers(db)).filter(
    (m) => ids.has(m.cluster) && !(real && m.synthetic),
  );
  const links = (await readDatedSupplyLinks(db)).filter((l) => !(real && l.synthetic));
  const years = new Set<number>();
  for (const m of members) if (m.firstYear !== null) years.add(m.firstYear);
  const last = await lastMeasureYear(db);
  // Every year from a member's first year to the last year measured has members to count.
  if (last !== null && years.size) for (let y = Math.min(...years); y <= last; y++) years.add(y);
  for (const y of extra?.years?.keys() ?? []) years.add(y);
  if (years.size === 0 && !opts.years && opts.baseYear === undefined)
    return noYears(
      system.indicators.map((i) => i.id),
      systemFile,
      opts,
    );
  const byCluster = new Map<string, DatedMember[]>();
  for (const m of members) byCluster.set(m.cluster, [...(byCluster.get(m.cluster) ?? []), m]);
  const matrices = new Map<number, DecisionMatrix>();
  for (const y of years)
    matrices.set(
      y,
      yearMatrix(y, clusters, byCluster, system.indicators, (ind, mine, c) =>
        yearValue(ind, mine, links, y, c, extra, systemFile),
      ),
    );
  const report = evaluateYearsMatrices(matrices, system, opts, {
    systemFile,
    dataFile: opts.data ?? 'the atlas',
    present: new Set(system.indicators.map((i) => i.id)),
  });
  const undated = members.filter((m) => m.firstYear === null).length;
  const warnings: AtlasWarning[] = [...report.warnings];
  if (undated)
    warnings.push(
      warning(
        'ATLAS_W_UNDATED_MEMBERS',
        `${undated} of ${members.length} members have no yearly measures and are counted in every year`,
        { members: undated },
      ),
    );
  return {
    ...report,
    names: Object.fromEntries(clusters.map((c) => [c.id, c.name])),
    undatedMembers: undated,
    warnings,
  };
}

/** The clusters with a member in year y × the system's indicators, members dated as of y. */
function yearMatrix(
  y: number,
  clusters: readonly { id: string }[],
  byCluster: ReadonlyMap<string, DatedMember[]>,
  indicators: readonly IndexIndicator[],
  value: (ind: IndexIndicator, mine: DatedMember[], cluster: string) => number,
): DecisionMatrix {
  const asOf = (c: { id: string }) =>
    (byCluster.get(c.id) ?? []).filter((m) => m.firstYear === null || m.firstYear <= y);
  const active = clusters.filter((c) => asOf(c).length > 0);
  const n = indicators.length;
  const values = new Float64Array(active.length * n).fill(NaN);
  active.forEach((c, i) => {
    const mine = asOf(c);
    indicators.forEach((ind, j) => (values[i * n + j] = value(ind, mine, c.id)));
  });
  return { alternatives: active.map((c) => c.id), indicators: indicators.map((i) => i.id), values };
}

/** An atlas with no yearly data, asked for every year it has: an empty answer that says why. */
function noYears(
  indicators: string[],
  systemFile: string,
  opts: RankClustersYearsOptions,
): ClusterYearsReport {
  return {
    years: [],
    baseYear: null,
    missingYears: [],
    rows: [],
    columns: [],
    changes: [],
    weights: indicators.map((indicator) => ({ indicator, weight: 0, direction: 'benefit' })),
    spec: {
      method: opts.method ?? 'wsum',
      weights: opts.weights ?? 'expert',
      missing: opts.missing ?? 'zero',
      runs: opts.runs ?? 0,
      seed: opts.seed ?? 1,
      concentration: opts.concentration ?? 100,
      system: systemFile,
    },
    warnings: [
      warning(
        'ATLAS_W_YEARS_MISSING',
        'no yearly data in the atlas: import the members’ yearly measures to rank clusters by year',
        { missing: [], years: [] },
      ),
    ],
    names: {},
    undatedMembers: 0,
  };
}

/** One indicator's value for a cluster in a year: from the dated members and links, else the data file. */
function yearValue(
  ind: IndexIndicator,
  mine: DatedMember[],
  links: { source: string; target: string; year: number | null }[],
  year: number,
  cluster: string,
  extra: Awaited<ReturnType<typeof readEvaluationData>> | undefined,
  systemFile: string,
): number {
  const src = ind.source;
  const o = src.kind === 'metric' ? (src.options ?? {}) : {};
  if (src.kind === 'metric' && src.metric === 'cluster.members') {
    const kinds = typeof o.kind === 'string' ? o.kind.split('+') : null;
    const n = mine.filter((m) =>
      typeof o.tag === 'string' ? m.tags.includes(o.tag) : !kinds || kinds.includes(m.kind),
    ).length;
    return o.presence ? (n > 0 ? 1 : 0) : n;
  }
  if (src.kind === 'metric' && src.metric === 'cluster.links.density' && o.type === 'supply') {
    const ids = new Set(mine.map((m) => m.organization));
    const k = ids.size;
    if (k < 2) return 0;
    let l = 0;
    for (const e of links)
      if (ids.has(e.source) && ids.has(e.target) && (e.year === null || e.year <= year)) l++;
    return l / (k * (k - 1));
  }
  const data = extra?.years?.get(year)?.matrix;
  if (data) {
    const i = data.alternatives.indexOf(cluster);
    const j = data.indicators.indexOf(ind.id);
    if (i >= 0 && j >= 0) return data.values[i * data.indicators.length + j];
    return NaN;
  }
  if (extra) return NaN;
  throw new AtlasError(
    'ATLAS_E_INDEX_SYSTEM',
    `${systemFile}: ${ind.id} cannot be computed by year from the atlas; give its values by year in a data file (alternative,indicator,year,value)`,
    { file: systemFile, node: ind.id, reason: 'not computable by year from the store' },
  );
}
