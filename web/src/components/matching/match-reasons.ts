import type { MatchReason, SupplierMatch } from '../../api/matching.ts';
import type { NamedNode } from '../../../../src/contract/matching.ts';
import type { EvidenceSpeaker } from '../chain/evidence-speaker.ts';

/**
 * Why a supplier ranks where it does, one line per part of its score in
 * the reader's language with what the part adds ("+0.394 (62%)"): the
 * same lines as the API's English `reasons` (services/matching/explain.ts),
 * which stay the answer when the API sends no `why`.
 */
export function matchReasons(
  m: SupplierMatch,
  s: EvidenceSpeaker,
  names: { tag: (t: string) => string; node: (n: NamedNode) => string },
): string[] {
  return m.why.map((r) =>
    s.say('match.added', {
      line: line(r, s, names),
      contribution: r.contribution.toFixed(3),
      share: s.percent(r.share),
    }),
  );
}

function line(
  r: MatchReason,
  s: EvidenceSpeaker,
  names: { tag: (t: string) => string; node: (n: NamedNode) => string },
): string {
  switch (r.part) {
    case 'text':
      return s.say('match.text', {
        terms: s.list(r.terms ?? []),
        relevance: r.value.toFixed(2),
      });
    case 'node':
      return s.say(r.sameNode ? 'match.node.same' : 'match.node.group', {
        nodes: s.list((r.nodes ?? []).map(names.node)),
      });
    case 'distance':
      return typeof r.km === 'number' && Number.isFinite(r.km)
        ? s.say('match.distance', { km: s.quantity(r.km, 'km') })
        : s.say('match.distance.unknown');
    case 'size':
      return r.size
        ? s.say('match.size.fits', { size: s.say(`size.${r.size}` as 'size.sme') })
        : s.say('match.size.unknown');
    case 'tags':
      return s.say('match.tags', { tags: s.list((r.tags ?? []).map(names.tag)) });
    case 'past':
      return s.say('match.past', { n: s.count(r.pastLinks ?? 0) });
    case 'pool':
      return s.say('match.pool', { peers: s.list(r.peers ?? []) });
    default:
      return r.part;
  }
}
