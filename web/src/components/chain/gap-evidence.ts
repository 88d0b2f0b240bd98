import type { Gap } from '../../api/chain.ts';
import type { EvidenceSpeaker } from './evidence-speaker.ts';

/**
 * A gap's evidence in the reader's language, from its kind and facts
 * (analytics/chain/gaps.ts says the same in English as `evidence`, which
 * stays the answer for a gap kind this page does not know).
 */
export function gapEvidence(g: Gap, s: EvidenceSpeaker): string {
  const said = gapFacts(g, s);
  const io = gapIo(g, s);
  return io ? `${said}${s.say('gap.ioSeparator')}${io}` : said;
}

/** The input-output evidence of the gap's template edges (services/io/gap-io.ts), or ''. */
function gapIo(g: Gap, s: EvidenceSpeaker): string {
  const links = g.io?.links.filter((l) => l.status !== 'unmapped') ?? [];
  return links
    .map((l) => {
      if (l.status === 'none' || !l.supplier || !l.buyer || l.coefficient === null)
        return s.say('gap.ioNone', { year: l.year });
      if (l.sameSector)
        return s.say('gap.ioSameSector', {
          sector: s.name(l.buyer.nameZh, l.buyer.nameEn),
          year: l.year,
        });
      return s.say('gap.io', {
        buyer: s.name(l.buyer.nameZh, l.buyer.nameEn),
        supplier: s.name(l.supplier.nameZh, l.supplier.nameEn),
        a: l.coefficient < 0.001 ? l.coefficient.toPrecision(2) : l.coefficient.toFixed(3),
        year: l.year,
      });
    })
    .join(s.say('gap.ioSeparator'));
}

function gapFacts(g: Gap, s: EvidenceSpeaker): string {
  const f = g.facts;
  // Evidence null: it would quote a figure the disclosure rule withholds from this reader.
  const evidence = g.evidence ?? s.say('gap.withheld');
  if (!f) return evidence;
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
      if (f.insideShare === null) return s.say('gap.withheld');
      return f.insideShare === undefined || f.threshold === undefined
        ? evidence
        : s.say('gap.outside_dependence', {
            share: s.percent(f.insideShare),
            basis: s.say(f.basis === 'value' ? 'basis.value' : 'basis.count'),
            inLinks: s.count(f.inLinks ?? 0),
            threshold: s.percent(f.threshold),
          });
    case 'inputs_missing':
      return s.say('gap.inputs_missing', { inputs });
    default:
      return evidence;
  }
}
