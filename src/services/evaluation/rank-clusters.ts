import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { csvCell } from '../../core/text/csv-cell.ts';
import type { IndexIndicator, IndexSystem } from '../../core/model/index-system.ts';
import { readClusterMemberIds, readSupplyLinks } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readClusterKindCounts,
  readClusterTagCounts,
  readClusters,
  type ClusterRow,
  type CountRow,
} from '../../store/queries/clusters.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { readEvaluationData } from './read-evaluation-data.ts';
import { storeIndicatorValues } from './store-indicator-values.ts';
import { evaluateMatrix, type EvaluationOptions, type EvaluationReport } from './run-evaluation.ts';

/** The bundled system of indicators the atlas measures itself. */
export const STORE_SYSTEM = fileURLToPath(
  new URL('../../../data/index-systems/advanced-manufacturing-cluster-store.json', import.meta.url),
);

export interface RankClustersOptions extends EvaluationOptions {
  /** Index system file; default STORE_SYSTEM. */
  system?: string;
  /** Extra values (alternative = cluster id, indicator, value) for imported indicators. */
  data?: string;
  /** Only clusters of this designation (national, provincial, user, seed). */
  designation?: string;
  /** 'exclude' counts real (non-synthetic) members and links only. */
  synthetic?: 'include' | 'exclude';
  /** Directory to save system.json, data.csv, run.json and ranking.csv for reproduction. */
  saveDir?: string;
  /** Only these clusters (a saved peer set and its subject): ranked and normalised among themselves. */
  only?: readonly string[];
}

export interface ClusterRankRow {
  alternative: string;
  name: string;
  score: number;
  rank: number;
  rank_low?: number;
  rank_high?: number;
  synthetic_share: number;
}

/** A cluster left out of the ranking, and why: it is listed apart, not last. */
export interface NotRankedRow {
  alternative: string;
  name: string;
  /** No (real, with synthetic excluded) member and no imported value: nothing to score. */
  reason: 'no_member_data';
}

export interface RankClustersReport extends Omit<EvaluationReport, 'rows'> {
  rows: ClusterRankRow[];
  /** Clusters with no member data: not ranked (ATLAS_W_NO_MEMBER_DATA), never placed last. */
  notRanked: NotRankedRow[];
  /** The values scored: cluster id, indicator, value (as saved in data.csv). */
  values: { alternative: string; indicator: string; value: number | null }[];
  saved?: { dir: string; files: string[]; command: string };
}

/**
 * Ranks the atlas's clusters end to end: indicator values from the store
 * (members by kind and tag, supply-link density among members), plus any
 * imported values, scored under an index system (evaluateMatrix). The share
 * of synthetic members is reported per cluster and warned
 * (ATLAS_W_SYNTHETIC_INCLUDED) unless synthetic records are excluded. With
 * `saveDir` the system, the data and the options are saved so that
 * `atlas evaluate --data data.csv --system system.json …` reproduces the
 * ranking exactly (reproduceRanking).
 * A cluster with no member data (no member — no real member when synthetic
 * records are excluded — and no imported value) is not ranked: every store
 * indicator would read 0 and put it last for want of data, not of merit. It
 * is listed in `notRanked` with ATLAS_W_NO_MEMBER_DATA; at least 2 clusters
 * with data are needed to rank.
 */
export async function rankClusters(
  db: Duck,
  opts: RankClustersOptions = {},
): Promise<RankClustersReport> {
  const systemFile = opts.system ?? STORE_SYSTEM;
  const system = await loadIndexSystem(systemFile);
  const extra = opts.data ? await readEvaluationData(opts.data) : undefined;
  const real = opts.synthetic === 'exclude';
  const chosen = (await readClusters(db)).filter(
    (c) =>
      (!opts.designation || c.designation === opts.designation) &&
      (!opts.only || opts.only.includes(c.id)),
  );
  const hasData = (c: ClusterRow) =>
    (real ? c.memberCount - c.syntheticMemberCount : c.memberCount) > 0 ||
    hasImportedValue(extra, c.id);
  const clusters = chosen.filter(hasData);
  const notRanked: NotRankedRow[] = chosen
    .filter((c) => !hasData(c))
    .map((c) => ({ alternative: c.id, name: c.name, reason: 'no_member_data' }));
  if (clusters.length < 2) {
    throw new AtlasError(
      'ATLAS_E_EVALUATION_INPUT',
      `${clusters.length} cluster(s) with member data in the atlas${opts.designation ? ` with designation ${opts.designation}` : ''} (${notRanked.length} without): need at least 2 to rank`,
    );
  }
  const links = await readSupplyLinks(db);
  // Imported values of the atlas (green and digital inputs, clusters' own indicators), unless a data file gives them.
  const stored = extra
    ? new Map<string, Map<string, number | null>>()
    : await storeIndicatorValues(
        db,
        system,
        clusters.map((c) => c.id),
        systemFile,
      );
  const { values, share } = await clusterValues(db, clusters, system, {
    stored,
    links,
    real,
    extra,
    systemFile,
  });
  const alternatives = clusters.map((c) => c.id);
  const indicators = system.indicators.map((i) => i.id);
  const n = indicators.length;
  const matrix = new Float64Array(alternatives.length * n);
  values.forEach((v, k) => (matrix[k] = v.value ?? NaN));
  const report = evaluateMatrix({ alternatives, indicators, values: matrix }, system, opts, {
    systemFile,
    dataFile: opts.data ?? 'the atlas',
    present: new Set(indicators),
  });
  const warnings = [
    ...report.warnings,
    ...rankWarnings(notRanked, chosen.length, clusters, share, real),
  ];
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  const rows: ClusterRankRow[] = report.rows.map((r) => ({
    ...r,
    name: names.get(r.alternative) ?? r.alternative,
    synthetic_share: real ? 0 : (share.get(r.alternative) ?? 0),
  }));
  const out: RankClustersReport = {
    ...report,
    rows,
    notRanked,
    columns: ['alternative', 'name', ...report.columns.slice(1), 'synthetic_share'],
    values,
    warnings,
  };
  if (opts.saveDir) out.saved = await saveRanking(opts.saveDir, systemFile, out);
  return out;
}

/** Every indicator's value for every cluster (an imported value first), and each cluster's synthetic share. */
async function clusterValues(
  db: Duck,
  clusters: readonly ClusterRow[],
  system: Awaited<ReturnType<typeof loadIndexSystem>>,
  o: {
    stored: Map<string, Map<string, number | null>>;
    links: Awaited<ReturnType<typeof readSupplyLinks>>;
    real: boolean;
    extra: Awaited<ReturnType<typeof readEvaluationData>> | undefined;
    systemFile: string;
  },
): Promise<{ values: RankClustersReport['values']; share: Map<string, number> }> {
  const { stored, links, real, extra, systemFile } = o;
  const values: RankClustersReport['values'] = [];
  const share = new Map<string, number>();
  for (const c of clusters) {
    const kinds = await readClusterKindCounts(db, c.id);
    const tags = await readClusterTagCounts(db, c.id);
    const members = new Set(await readClusterMemberIds(db, c.id));
    share.set(c.id, c.memberCount ? c.syntheticMemberCount / c.memberCount : 0);
    for (const ind of system.indicators) {
      values.push({
        alternative: c.id,
        indicator: ind.id,
        value: stored.get(c.id)?.has(ind.id)
          ? (stored.get(c.id)!.get(ind.id) ?? null)
          : storeValue(ind, { c, kinds, tags, members, links, real }, extra, systemFile),
      });
    }
  }
  return { values, share };
}

/** Clusters not ranked for want of member data, and clusters scored partly on synthetic members. */
function rankWarnings(
  notRanked: readonly NotRankedRow[],
  chosenCount: number,
  clusters: readonly ClusterRow[],
  share: ReadonlyMap<string, number>,
  real: boolean,
): AtlasWarning[] {
  const warnings: AtlasWarning[] = [];
  if (notRanked.length) {
    warnings.push(
      warning(
        'ATLAS_W_NO_MEMBER_DATA',
        `${notRanked.length} of ${chosenCount} clusters have no ${real ? 'real ' : ''}member data and are not ranked (listed apart, not last)`,
        { clusters: notRanked.map((r) => r.alternative) },
      ),
    );
  }
  const withSynthetic = clusters.filter((c) => (share.get(c.id) ?? 0) > 0);
  if (!real && withSynthetic.length) {
    warnings.push(
      warning(
        'ATLAS_W_SYNTHETIC_INCLUDED',
        `${withSynthetic.length} of ${clusters.length} clusters are scored partly on synthetic members`,
        { shares: Object.fromEntries(withSynthetic.map((c) => [c.id, share.get(c.id)])) },
      ),
    );
  }
  return warnings;
}

/** Whether the imported data holds any value for the cluster. */
function hasImportedValue(
  extra: Awaited<ReturnType<typeof readEvaluationData>> | undefined,
  id: string,
): boolean {
  if (!extra) return false;
  const i = extra.matrix.alternatives.indexOf(id);
  if (i < 0) return false;
  const n = extra.matrix.indicators.length;
  for (let j = 0; j < n; j++) if (!Number.isNaN(extra.matrix.values[i * n + j])) return true;
  return false;
}

interface StoreFacts {
  c: ClusterRow;
  kinds: CountRow[];
  tags: CountRow[];
  members: Set<string>;
  links: { source: string; target: string; synthetic: boolean }[];
  real: boolean;
}

function count(rows: CountRow[], keys: string[], real: boolean): number {
  let s = 0;
  for (const r of rows) if (keys.includes(r.key)) s += real ? r.count - r.synthetic : r.count;
  return s;
}

/** One indicator's value for a cluster: from the store, else from the imported data. */
function storeValue(
  ind: IndexIndicator,
  f: StoreFacts,
  extra: Awaited<ReturnType<typeof readEvaluationData>> | undefined,
  systemFile: string,
): number | null {
  const src = ind.source;
  const o = src.kind === 'metric' ? (src.options ?? {}) : {};
  if (src.kind === 'metric' && src.metric === 'cluster.members') {
    const n =
      typeof o.tag === 'string'
        ? count(f.tags, [o.tag], f.real)
        : typeof o.kind === 'string'
          ? count(f.kinds, o.kind.split('+'), f.real)
          : f.real
            ? f.c.memberCount - f.c.syntheticMemberCount
            : f.c.memberCount;
    return o.presence ? (n > 0 ? 1 : 0) : n;
  }
  if (src.kind === 'metric' && src.metric === 'cluster.links.density' && o.type === 'supply') {
    // Members counted as the link filter sees them; with `real`, synthetic links are left out.
    const k = f.members.size;
    if (k < 2) return 0;
    let l = 0;
    for (const e of f.links)
      if (f.members.has(e.source) && f.members.has(e.target) && !(f.real && e.synthetic)) l++;
    return l / (k * (k - 1));
  }
  if (extra) {
    const i = extra.matrix.alternatives.indexOf(f.c.id);
    const j = extra.matrix.indicators.indexOf(ind.id);
    if (i >= 0 && j >= 0) {
      const v = extra.matrix.values[i * extra.matrix.indicators.length + j];
      return Number.isNaN(v) ? null : v;
    }
    return null;
  }
  if (src.kind === 'imported') return null;
  throw new AtlasError(
    'ATLAS_E_INDEX_SYSTEM',
    `${systemFile}: ${ind.id}: ${src.kind === 'metric' ? `metric ${src.metric}` : `field ${src.field}`} cannot be computed from the atlas yet; give its values with a data file`,
    { file: systemFile, node: ind.id, reason: 'not computable from the store' },
  );
}

async function saveRanking(
  dir: string,
  systemFile: string,
  r: RankClustersReport,
): Promise<{ dir: string; files: string[]; command: string }> {
  await mkdir(dir, { recursive: true });
  const system: IndexSystem = JSON.parse(await readFile(systemFile, 'utf8'));
  const s = r.spec;
  const command = [
    'atlas evaluate --data data.csv --system system.json',
    `--method ${s.method} --weights ${s.weights} --missing ${s.missing}`,
    s.runs ? `--runs ${s.runs} --seed ${s.seed} --concentration ${s.concentration}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const data =
    'alternative,indicator,value\n' +
    r.values
      .map(
        (v) =>
          `${csvCell(v.alternative)},${csvCell(v.indicator)},${v.value === null ? '' : String(v.value)}`,
      )
      .join('\n') +
    '\n';
  const ranking =
    r.columns.join(',') +
    '\n' +
    r.rows
      .map((row) =>
        r.columns
          .map((c) => csvCell(String((row as unknown as Record<string, unknown>)[c] ?? '')))
          .join(','),
      )
      .join('\n') +
    '\n';
  await writeFile(join(dir, 'system.json'), JSON.stringify(system, null, 1) + '\n');
  await writeFile(join(dir, 'data.csv'), data);
  await writeFile(join(dir, 'ranking.csv'), ranking);
  await writeFile(
    join(dir, 'run.json'),
    JSON.stringify(
      {
        spec: { ...s, system: 'system.json', data: 'data.csv' },
        command,
        weights: r.weights,
        warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
      },
      null,
      1,
    ) + '\n',
  );
  return { dir, files: ['system.json', 'data.csv', 'run.json', 'ranking.csv'], command };
}
