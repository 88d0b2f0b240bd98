import type { Rankings, RankingsQuery } from '../../contract/rankings.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Duck } from '../../store/duck.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { getPeerSet } from './peer-sets.ts';
import { rankClusters, STORE_SYSTEM } from './rank-clusters.ts';

/** `w=member_firms:2,chain_leaders:1` → { member_firms: 2, chain_leaders: 1 }. */
export function parseWeights(text: string | undefined): Record<string, number> | undefined {
  if (!text) return undefined;
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const [id, v] = part.split(':');
    const x = Number(v);
    if (!id || v === undefined || !Number.isFinite(x) || x < 0)
      throw new AtlasError('ATLAS_E_BAD_VALUE', `weights are indicator:number pairs, not ${part}`, {
        field: 'w',
        value: part,
      });
    out[id.trim()] = x;
  }
  return out;
}

/**
 * GET /api/rankings (src/contract/rankings.ts): the atlas's clusters of a
 * designation, or exactly a saved peer set's, ranked under the bundled
 * index system with weight sensitivity; the system's outline beside them.
 */
export async function rankings(db: Duck, q: RankingsQuery): Promise<Rankings> {
  const system = await loadIndexSystem(STORE_SYSTEM);
  const set = q.peerSet ? await getPeerSet(db, q.peerSet) : null;
  const r = await rankClusters(db, {
    designation: set ? undefined : q.designation,
    only: set
      ? [...(set.subject ? [set.subject] : []), ...set.members.map((m) => m.id)]
      : undefined,
    method: q.method,
    weights: q.weighting,
    runs: q.runs,
    seed: q.seed,
    synthetic: q.synthetic,
    sensitivity: true,
    weightOverrides: parseWeights(q.w),
  });
  return {
    system: {
      id: system.id,
      name: system.name,
      dimensions: system.dimensions.map((d) => ({ id: d.id, name: d.name, children: d.children })),
      indicators: system.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        direction: i.direction,
      })),
      basis: system.basis,
    },
    rows: r.rows,
    notRanked: r.notRanked,
    weights: r.weights,
    sensitivity: r.sensitivity ?? [],
    spec: r.spec,
    // Details as computed: plain values, and the synthetic share by cluster.
    warnings: r.warnings as Rankings['warnings'],
  };
}
