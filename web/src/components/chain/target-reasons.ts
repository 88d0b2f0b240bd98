import type { Target } from '../../api/chain.ts';
import type { EvidenceSpeaker } from './evidence-speaker.ts';

/** What the page knows in the reader's language and the answer gives only in Chinese or as codes. */
export interface TargetWords {
  /** The firm's place ("Shijiazhuang"), else the answer's Chinese region name. */
  place?: string;
  /** A GB/T 4754 code with its title ("3130 Steel Rolling and Processing"). */
  industry?: (code: string) => string;
}

/**
 * Why a firm ranks as a target, line by line in the reader's language:
 * how it sits on the node, its tier, its revenue's rank among the node's
 * candidates (only for those who may see it: the API withholds both
 * otherwise), distance, existing supply links here, and whether it is
 * synthetic. The same lines as analytics/chain/targets.ts's `reasons`.
 */
export function targetReasons(
  t: Target,
  lang: string,
  s: EvidenceSpeaker,
  words: TargetWords = {},
): string[] {
  const out: string[] = [];
  const p = t.placedBy;
  const confidence = t.confidence.toFixed(2);
  if (p?.by === 'keyword')
    out.push(
      s.say('placed.keyword', {
        where: s.say(`where.${p.where}`),
        text: p.text,
        keyword: p.keyword,
        confidence,
      }),
    );
  else if (p?.by === 'code')
    out.push(
      s.say('placed.code', {
        industry: words.industry?.(p.industry) ?? p.industry,
        code: words.industry?.(p.code) ?? p.code,
        confidence,
      }),
    );
  else if (p?.by === 'decision')
    out.push(
      s.say('placed.decision', {
        decision: s.say(`decision.${p.decision}`),
        who: p.who ? (lang === 'en' ? ` (${p.who})` : `${p.who} `) : '',
        note: p.note ? (lang === 'en' ? `: ${p.note}` : `（${p.note}）`) : '',
      }),
    );
  else if (p?.by === 'action') out.push(s.say('placed.action', { action: p.action }));
  if (t.tier && t.tier !== 'sme') out.push(s.tier(t.tier));
  if (t.revenue !== null && t.revenueTop !== null)
    out.push(
      s.say('revenue', {
        revenue: s.quantity(t.revenue, 'yuan10k'),
        top: s.percent(t.revenueTop),
      }),
    );
  const place = words.place || t.regionName;
  if (t.distanceKm !== null && Number.isFinite(t.distanceKm))
    out.push(
      s.say('distance', {
        km: s.quantity(t.distanceKm, 'km'),
        region: place ? (lang === 'en' ? ` (${place})` : `（${place}）`) : '',
      }),
    );
  if (t.tiesInside > 0) out.push(s.say('ties', { n: s.count(t.tiesInside) }));
  if (t.synthetic) out.push(s.say('synthetic'));
  return out;
}
