/**
 * Peers suggested for a cluster: the clusters most alike in industry
 * structure and in size, each with the reasons (shared divisions, size
 * ratio) so a person can accept or drop it.
 *
 * Formula   structure: cosine similarity of the two clusters' vectors of
 *           members by GB/T 4754 division (plus 1 for each division the
 *           cluster declares), cos = Σ a_d b_d / (‖a‖ ‖b‖) ∈ [0, 1];
 *           size: s = min(n_a, n_b) / max(n_a, n_b) over member counts
 *           (0 when either is 0); similarity = α·cos + (1 − α)·s, α = 0.7.
 * Conventions the target is never its own peer; ties broken by id. A
 *           shared division is one with a positive entry on both sides,
 *           listed by the target's weight, largest first.
 * Edge cases a cluster with no division at all has cos = 0 with every
 *           other (suggested on size alone, and the reason says so).
 * Cost      O(c · d) for c candidates over d divisions, + O(c log c).
 * References Delgado M., Porter M. E., Stern S. (2016) "Defining clusters of
 *           related industries", J. Economic Geography 16(1): 1-38 (similarity
 *           of industry composition); Salton G., McGill M. (1983) Introduction
 *           to Modern Information Retrieval (cosine similarity).
 */
import { AtlasError } from '../../core/errors.ts';

export interface PeerCandidate {
  id: string;
  /** Division → weight (members in it, plus declared divisions). */
  divisions: ReadonlyMap<string, number>;
  members: number;
}

export interface SuggestedPeer {
  id: string;
  similarity: number;
  industrySimilarity: number;
  sizeSimilarity: number;
  /** Divisions both have, by the target's weight, largest first. */
  sharedDivisions: string[];
  members: number;
}

export const STRUCTURE_WEIGHT = 0.7;

export function suggestPeers(
  target: PeerCandidate,
  candidates: readonly PeerCandidate[],
  opts: { limit?: number; alpha?: number } = {},
): SuggestedPeer[] {
  const alpha = opts.alpha ?? STRUCTURE_WEIGHT;
  if (!(alpha >= 0 && alpha <= 1))
    throw new AtlasError('ATLAS_E_BAD_VALUE', `alpha must lie in [0, 1], not ${alpha}`);
  const limit = opts.limit ?? 5;
  const norm = (m: ReadonlyMap<string, number>) =>
    Math.sqrt([...m.values()].reduce((s, v) => s + v * v, 0));
  const nt = norm(target.divisions);
  const out = candidates
    .filter((c) => c.id !== target.id)
    .map((c): SuggestedPeer => {
      let dot = 0;
      const shared: [string, number][] = [];
      for (const [d, a] of target.divisions) {
        const b = c.divisions.get(d) ?? 0;
        if (a > 0 && b > 0) {
          dot += a * b;
          shared.push([d, a]);
        }
      }
      const nc = norm(c.divisions);
      const cos = nt > 0 && nc > 0 ? dot / (nt * nc) : 0;
      const hi = Math.max(target.members, c.members);
      const size = hi > 0 ? Math.min(target.members, c.members) / hi : 0;
      shared.sort((p, q) => q[1] - p[1] || p[0].localeCompare(q[0]));
      return {
        id: c.id,
        similarity: alpha * cos + (1 - alpha) * size,
        industrySimilarity: cos,
        sizeSimilarity: size,
        sharedDivisions: shared.map(([d]) => d),
        members: c.members,
      };
    });
  out.sort((p, q) => q.similarity - p.similarity || p.id.localeCompare(q.id));
  return out.slice(0, limit);
}
