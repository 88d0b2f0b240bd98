/**
 * Peer comparison: where a cluster is ahead of or behind its peers,
 * indicator by indicator.
 *
 * Method    on the normalised, benefit-oriented values of an evaluation
 *           (evaluate.ts: larger = better), for each indicator j: the
 *           target's value r_tj, the peers' median (type 7) and best, the
 *           gap r_tj − median, the target's rank among target + peers (1 =
 *           best, ties share the better rank) and a position: ahead when the
 *           gap > tol, behind when < −tol, level otherwise (tol = 1e-9).
 * Conventions peers are chosen by the caller (same type, same field, by
 *           hand); the target is never its own peer.
 * Edge cases an unknown target or peer is refused; no peers → refused.
 * Cost      O(n · p log p) for p peers.
 */
import { AtlasError } from '../../core/errors.ts';
import { quantile7 } from './quantile.ts';

export interface PeerRow {
  indicator: string;
  value: number;
  peerMedian: number;
  peerBest: number;
  gap: number;
  rank: number;
  of: number;
  position: 'ahead' | 'behind' | 'level';
}

export function comparePeers(
  ev: { alternatives: string[]; indicators: string[]; normalised: Float64Array },
  target: string,
  peers: readonly string[],
): PeerRow[] {
  const n = ev.indicators.length;
  const t = ev.alternatives.indexOf(target);
  if (t < 0) throw new AtlasError('ATLAS_E_NOT_FOUND', `no alternative ${target}`);
  const p = [...new Set(peers)]
    .filter((x) => x !== target)
    .map((x) => {
      const i = ev.alternatives.indexOf(x);
      if (i < 0)
        throw new AtlasError('ATLAS_E_NOT_FOUND', `no alternative ${x} among the evaluated`);
      return i;
    });
  if (p.length === 0) throw new AtlasError('ATLAS_E_BAD_VALUE', 'no peer to compare with');
  return ev.indicators.map((indicator, j) => {
    const value = ev.normalised[t * n + j];
    const vals = p.map((i) => ev.normalised[i * n + j]);
    const peerMedian = quantile7(vals, 0.5);
    const gap = value - peerMedian;
    return {
      indicator,
      value,
      peerMedian,
      peerBest: Math.max(...vals),
      gap,
      rank: 1 + vals.filter((v) => v > value + 1e-12).length,
      of: vals.length + 1,
      position: gap > 1e-9 ? 'ahead' : gap < -1e-9 ? 'behind' : 'level',
    };
  });
}
