import { MATCH_PARTS, type MatchPart } from '../../analytics/matching/match-weights.ts';
import type { PartScore } from '../../analytics/matching/rank-candidates.ts';

interface Explainable {
  parts: Record<MatchPart, PartScore>;
  matchedTerms: string[];
  distanceKm?: number;
  qualifiedBy: Array<{ name: string }>;
  pastLinks: number;
  supplier: { tags: string[]; size?: string };
}

const pct = (x: number, total: number) => `${Math.round((100 * x) / (total || 1))}%`;

/** Why a match ranks where it does: one line per part that adds, largest first. */
export function explain(m: Explainable, candidateNodes: string[], queryNodes: string[]): string[] {
  const total = MATCH_PARTS.reduce((s, k) => s + m.parts[k].contribution, 0);
  const lines: Array<[number, string]> = [];
  for (const k of MATCH_PARTS) {
    const p = m.parts[k];
    if (p.contribution <= 0) continue;
    const share = `+${p.contribution.toFixed(3)} (${pct(p.contribution, total)})`;
    let why = '';
    switch (k) {
      case 'text':
        why = `matches ${
          m.matchedTerms
            .filter((t) => [...t].length > 1)
            .slice(0, 4)
            .join('、') || m.matchedTerms.slice(0, 4).join('、')
        } (relevance ${p.value.toFixed(2)} of the best)`;
        break;
      case 'node': {
        const shared = candidateNodes.filter((n) => queryNodes.includes(n));
        why =
          p.value === 1
            ? `on the wanted chain node ${shared.join(', ')}`
            : `in the same industry group as ${queryNodes.join(', ')}`;
        break;
      }
      case 'distance':
        why = `${Math.round(m.distanceKm ?? 0)} km away`;
        break;
      case 'size':
        why = p.value === 1 ? `size fits (${m.supplier.size})` : 'size unknown';
        break;
      case 'tags':
        why = m.supplier.tags
          .filter((t) => ['little_giant', 'single_champion', 'specialised_sme'].includes(t))
          .join(', ');
        break;
      case 'past':
        why = `${m.pastLinks} past link(s) with the buyer`;
        break;
      case 'pool':
        why = `qualified by a peer: ${m.qualifiedBy.map((q) => q.name).join('、')}`;
        break;
    }
    lines.push([p.contribution, `${k}: ${why} ${share}`]);
  }
  return lines.sort((a, b) => b[0] - a[0]).map((l) => l[1]);
}
