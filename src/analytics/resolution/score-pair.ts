import { abbreviationCover } from './abbreviation-cover.ts';
import { bigramJaccard, setJaccard } from './bigram-jaccard.ts';
import { jaroWinkler } from './jaro-winkler.ts';
import { hasHanzi, pinyinKey } from './pinyin-key.ts';
import type { PreparedRecord } from './prepare-record.ts';
import type { ResolutionOptions } from './resolution-options.ts';

/**
 * The score of a candidate pair: how sure we are that two records name the
 * same organisation, with the reasons.
 *
 * Formula   score = clamp(name + place + industry, 0, 1), where
 *           name  = 1.1 for an equal core (or full) normalised name (above any
 *                   containment with its bonuses; reported as 1); else the
 *                   best of
 *                   · containment: the shorter core inside the other's full
 *                     or core name: 0.86 + 0.14·|short|/|long|, + 0.03 when
 *                     it starts it (a common core such as 能源, or a two-
 *                     character core that stood beside a place, is only looked
 *                     for with its place: 湖北能源);
 *                   · abbreviation: every unit of the shorter core found in
 *                     order but in r ≥ 2 pieces: 0.84 − 0.04·(r − 2), + 0.03
 *                     when the first units agree; partial cover c: 0.6·c;
 *                   · place abbreviation: the same after a leading 深/粤/渝 …
 *                     that stands for the other record's place, less 0.02
 *                     (0.05 when what remains is common);
 *                   · similarity: (Jaro-Winkler + bigram Jaccard) / 2 of the
 *                     cores;
 *                   · same pinyin key of the cores (a name in pinyin, a
 *                     homophone or variant character): 0.9;
 *           place = +cityBonus when the two share a prefecture, +regionBonus
 *                   when they share only a province, −regionPenalty when both
 *                   are placed and share no province (regions from the region
 *                   column and from places in the name);
 *           industry = ±industryBonus / industryPenalty when both have one.
 *           A same USCC or stock code sets the score to 1; two different
 *           USCCs cap it at 0.3 (two legal entities, whatever their names).
 * Conventions reasons are stable words (same_name, name_contained, abbreviation,
 *           similar_name, same_pinyin, same_city, same_province,
 *           different_province, same_industry, different_industry, same_uscc,
 *           different_uscc, same_stock_code) that the CLI and API print.
 * Cost      O(|a| · |b|) for the name; pinyin only when one name has no hanzi
 *           or the cores are alike (cached on the record).
 * References Fellegi & Sunter (1969) JASA 64:1183 (agreement weights summed,
 *           two thresholds, a clerical-review band); Christen (2012) Data
 *           Matching, ch. 5.
 */

export interface PairScore {
  /** May exceed 1 by the bonuses: the excess orders ties; reported clamped to 1. */
  score: number;
  reasons: string[];
}

export interface ScoreContext {
  options: ResolutionOptions;
  /** A two-character core so frequent (能源, 医药) that it names no one firm. */
  common: (core: string) => boolean;
}

interface Named {
  score: number;
  reason: string;
}

function against(
  short: string,
  targets: string[],
  reason: string,
  less: number,
  containOnly = false,
): Named {
  let best: Named = { score: 0, reason };
  for (const target of targets) {
    if (target.length === 0) continue;
    const c = abbreviationCover(short, target);
    let v: number;
    let why = reason;
    if (c.contained) {
      v = 0.86 + (0.14 * short.length) / Math.max(target.length, short.length);
      if (c.first) v += 0.03;
      if (reason === 'abbreviation') why = 'name_contained';
    } else if (containOnly) continue;
    else if (c.cover === 1) v = 0.84 - 0.04 * (c.runs - 2) + (c.first ? 0.03 : 0);
    else v = 0.6 * c.cover;
    if (v - less > best.score) best = { score: v - less, reason: why };
  }
  return best;
}

function placedIn(codes: readonly string[], r: PreparedRecord): boolean {
  return codes.some((c) => (c.length === 2 ? r.provinces : r.prefectures).has(c));
}

/** The shorter name against the longer: containment, abbreviation, place abbreviation. */
function shortInLong(s: PreparedRecord, l: PreparedRecord, ctx: ScoreContext): Named[] {
  const out: Named[] = [against(s.name.full, [l.name.full], 'name_contained', 0, true)];
  // A short core that is common (能源) or that stood beside a place (杭州热电 → 热电) names
  // a firm only with its place: it is not looked for alone.
  const bare = ctx.common(s.name.core) || (s.name.placeTexts.length > 0 && s.name.core.length <= 2);
  // A name that is only a place (东莞控股 → 东莞) is contained in every firm of that place.
  if (s.name.onlyPlace) return [];
  if (!bare) out.push(against(s.name.core, [l.name.full, l.name.core], 'abbreviation', 0));
  const abbr = s.name.abbreviated;
  if (abbr && placedIn(abbr.codes, l)) {
    const less = ctx.common(abbr.core) ? 0.05 : 0.02;
    out.push(against(abbr.core, [l.name.full, l.name.core], 'place_abbreviation', less));
  }
  return out;
}

/** An equal name: above any containment even after the bonuses, reported as 1. */
const SAME = 1.1;

function nameScore(a: PreparedRecord, b: PreparedRecord, ctx: ScoreContext): Named {
  const x = a.name;
  const y = b.name;
  // Places in both names that cannot be the same place: 湖北能源 / 深圳能源, 杭州银行 / 宁波银行.
  const clash =
    a.nameProvinces.size > 0 &&
    b.nameProvinces.size > 0 &&
    (!intersects(a.nameProvinces, b.nameProvinces) ||
      (a.namePrefectures.size > 0 &&
        b.namePrefectures.size > 0 &&
        !intersects(a.namePrefectures, b.namePrefectures)));
  if (x.full === y.full) return { score: SAME, reason: 'same_name' };
  if (x.core === y.core && !clash && !ctx.common(x.core))
    return { score: SAME, reason: 'same_name' };
  const candidates: Named[] = [];
  candidates.push(...shortInLong(a, b, ctx), ...shortInLong(b, a, ctx));
  // Two common cores (银行, 银行) say nothing: their full names are compared instead.
  const onFull = ctx.common(x.core) || ctx.common(y.core);
  const jw = onFull ? jaroWinkler(x.full, y.full) : jaroWinkler(x.core, y.core);
  const jac = onFull ? bigramJaccard(x.full, y.full) : setJaccard(a.coreGrams, b.coreGrams);
  candidates.push({ score: (jw + jac) / 2, reason: 'similar_name' });
  let best = candidates.reduce((m, c) => (c.score > m.score ? c : m));
  const alike = !hasHanzi(x.core) || !hasHanzi(y.core) || jw >= 0.8;
  if (best.score < 0.9 && alike) {
    a.pinyin ??= pinyinKey(x.core);
    b.pinyin ??= pinyinKey(y.core);
    if (a.pinyin !== '' && a.pinyin === b.pinyin) best = { score: 0.9, reason: 'same_pinyin' };
  }
  if (clash && best.score > 0.5) best = { score: 0.5, reason: 'different_place_in_name' };
  return best;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}

function placeScore(a: PreparedRecord, b: PreparedRecord, o: ResolutionOptions): PairScore {
  if (a.provinces.size === 0 || b.provinces.size === 0) return { score: 0, reasons: [] };
  if (intersects(a.prefectures, b.prefectures))
    return { score: o.cityBonus, reasons: ['same_city'] };
  if (intersects(a.provinces, b.provinces))
    return { score: o.regionBonus, reasons: ['same_province'] };
  return { score: -o.regionPenalty, reasons: ['different_province'] };
}

export function scorePair(a: PreparedRecord, b: PreparedRecord, ctx: ScoreContext): PairScore {
  const o = ctx.options;
  const ra = a.record;
  const rb = b.record;
  if (ra.uscc && rb.uscc && ra.uscc === rb.uscc) return { score: 1, reasons: ['same_uscc'] };
  if (ra.stockCode && rb.stockCode && ra.stockCode === rb.stockCode)
    return { score: 1, reasons: ['same_stock_code'] };
  const name = nameScore(a, b, ctx);
  const place = placeScore(a, b, o);
  let score = name.score + place.score;
  const reasons = [name.reason, ...place.reasons];
  if (ra.industry && rb.industry) {
    const same = ra.industry === rb.industry;
    score += same ? o.industryBonus : -o.industryPenalty;
    reasons.push(same ? 'same_industry' : 'different_industry');
  }
  if (ra.uscc && rb.uscc) {
    score = Math.min(score, 0.3);
    reasons.push('different_uscc');
  }
  return { score: Math.max(0, score), reasons };
}
