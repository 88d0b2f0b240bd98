import type { Gap } from '../../api/chain.ts';
import type { EvidenceSpeaker } from './evidence-speaker.ts';

/**
 * A gap's evidence in the reader's language, from its kind and facts
 * (analytics/chain/gaps.ts says the same in English as `evidence`, which
 * stays the answer for a gap kind this page does not know).
 */
export function gapEvidence(g: Gap, s: EvidenceSpeaker): string {
  const f = g.facts;
  if (!f) return g.evidence;
  const inputs = s.list((f.inputs ?? []).map((i) => s.name(i.nameZh, i.nameEn)));
  switch (g.kind) {
    case 'missing':
      return s.say('gap.missing');
    case 'extend':
      return s.say('gap.extend', { inputs });
    case 'weak':
      return s.say('gap.weak', { counted: s.count(f.counted) });
    case 'four_bases_thin':
      return s.say('gap.four_bases_thin', {
        bases: s.bases(g.fourBases),
        counted: s.count(f.counted),
      });
    case 'single_supplier':
      return s.say('gap.single_supplier', { only: f.only ?? '?' });
    case 'outside_dependence':
      return f.insideShare === undefined || f.threshold === undefined
        ? g.evidence
        : s.say('gap.outside_dependence', {
            share: s.percent(f.insideShare),
            basis: s.say(f.basis === 'value' ? 'basis.value' : 'basis.count'),
            inLinks: s.count(f.inLinks ?? 0),
            threshold: s.percent(f.threshold),
          });
    case 'inputs_missing':
      return s.say('gap.inputs_missing', { inputs });
    default:
      return g.evidence;
  }
}
