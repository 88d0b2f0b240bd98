import { MATCH_PARTS, type MatchPart } from '../../analytics/matching/match-weights.ts';
import type { PartScore } from '../../analytics/matching/rank-candidates.ts';
import type { MatchReason } from '../../contract/matching.ts';
import type { NodeNamer } from './node-names.ts';

export type { MatchReason };

interface Explainable {
  parts: Record<MatchPart, PartScore>;
  matchedTerms: string[];
  distanceKm?: number;
  qualifiedBy: Array<{ name: string }>;
  pastLinks: number;
  supplier: { tags: string[]; size?: string | null };
}

/** Why a match ranks where it does, as data: one entry per part that adds, largest first. */
export function matchReasons(
  m: Explainable,
  candidateNodes: string[],
  queryNodes: string[],
  nameOf: NodeNamer,
): MatchReason[] {
  const total = MATCH_PARTS.reduce((s, k) => s + m.parts[k].contribution, 0);
  const out: MatchReason[] = [];
  for (const part of MATCH_PARTS) {
    const p = m.parts[part];
    if (p.contribution <= 0) continue;
    const r: MatchReason = {
      part,
      value: p.value,
      contribution: p.contribution,
      share: p.contribution / (total || 1),
    };
    if (part === 'text') {
      const long = m.matchedTerms.filter((t) => [...t].length > 1);
      r.terms = (long.length ? long : m.matchedTerms).slice(0, 4);
    } else if (part === 'node') {
      r.sameNode = p.value === 1;
      const ids = r.sameNode ? candidateNodes.filter((n) => queryNodes.includes(n)) : queryNodes;
      r.nodes = ids.map(nameOf);
    } else if (part === 'distance') r.km = Math.round(m.distanceKm ?? 0);
    else if (part === 'size') r.size = p.value === 1 ? (m.supplier.size ?? null) : null;
    else if (part === 'tags')
      r.tags = m.supplier.tags.filter((t) =>
        ['little_giant', 'single_champion', 'specialised_sme'].includes(t),
      );
    else if (part === 'past') r.pastLinks = m.pastLinks;
    else if (part === 'pool') r.peers = m.qualifiedBy.map((q) => q.name);
    out.push(r);
  }
  return out.sort((a, b) => b.contribution - a.contribution);
}

/** Those reasons as English lines ("text: matches 多路阀 (relevance 0.99 of the best) +0.394 (62%)"). */
export function explain(reasons: readonly MatchReason[]): string[] {
  return reasons.map((r) => `${r.part}: ${said(r)} ${added(r)}`);
}

/** Nodes by their English names, the Chinese in brackets when it differs. */
const english = (nodes: NonNullable<MatchReason['nodes']>) =>
  nodes.map((n) => (n.nameZh === n.nameEn ? n.nameEn : `${n.nameEn} (${n.nameZh})`)).join(', ');

const added = (r: MatchReason) => `+${r.contribution.toFixed(3)} (${Math.round(100 * r.share)}%)`;

function said(r: MatchReason): string {
  switch (r.part) {
    case 'text':
      return `matches ${r.terms!.join('、')} (relevance ${r.value.toFixed(2)} of the best)`;
    case 'node':
      return r.sameNode
        ? `on the wanted chain node ${english(r.nodes!)}`
        : `in the same industry group as ${english(r.nodes!)}`;
    case 'distance':
      return `${r.km} km away`;
    case 'size':
      return r.size === null ? 'size unknown' : `size fits (${r.size})`;
    case 'tags':
      return r.tags!.join(', ');
    case 'past':
      return `${r.pastLinks} past link(s) with the buyer`;
    case 'pool':
      return `qualified by a peer: ${r.peers!.join('、')}`;
    default:
      return '';
  }
}
