import { hasHanzi } from './pinyin-key.ts';
import type { PreparedRecord } from './prepare-record.ts';
import type { ResolutionOptions } from './resolution-options.ts';

/**
 * An upper bound on a candidate pair's score (score-pair.ts), cheap enough
 * to decide that most pairs need not be scored at all.
 *
 * Formula   U = name⁺ + place + industry, capped at 0.3 for two different
 *           USCCs, 1 (exact) for a same USCC or stock code, where place and
 *           industry are score-pair.ts's own terms and name⁺ ≥ name is the
 *           largest of:
 *           · 1.1 for an equal full name, or an equal core without a clash of
 *             places in the names (whether the core is common is not asked);
 *           · containment, exactly (String.includes): 0.86 + 0.14·|s|/|l|
 *             (+0.03 when it starts the other);
 *           · abbreviation without containment: 0.87 when every unit of the
 *             short name occurs in the long one (cover 1, at least two runs),
 *             else 0.6·k/|s|, k the short name's units that occur in the long
 *             one at all (the greedy cover counts a subset of them); a place
 *             abbreviation the same, less 0.02;
 *           · similarity (jw⁺ + J)/2 on cores and on full names, J the bigram
 *             Jaccard (exact), jw⁺ Jaro-Winkler with jaro ≤ (m/|x| + m/|y| +
 *             1)/3, m ≤ the units of either string found in the other;
 *           · 0.9 when a same pinyin key is possible (a name without hanzi, or
 *             jw⁺ ≥ 0.8);
 *           capped at 0.5 when the names carry places that clash.
 * Conventions U ≥ scorePair(a, b).score whatever the common-core counts say,
 *           so which pairs are scored never depends on the counts. Names with
 *           a character outside the Basic Multilingual Plane are not bounded
 *           (U = ∞): the scorer counts code points there, the bound units.
 * Method    the units of a's full name found in b's are counted in one pass
 *           over typed arrays (a stamp per unit code), the counts of a's core
 *           and place-abbreviated core read off the same pass (they end the
 *           full name); b's likewise. A count bounds the cover and the Jaro
 *           matches of any part of a against any part of b.
 * Cost      O(|a| + |b|) per pair, after O(n) per record once (boundFacts);
 *           about a twentieth of scoring a pair.
 * References Christen (2012) Data Matching, Springer, ch. 6 (filtering
 *           candidate pairs by bounds on their similarity before comparing).
 */

/** What the bound reads of a record, computed once per record: code units and sorted bigram codes. */
export interface BoundFacts {
  full: Uint16Array;
  /** Where the core and the place-abbreviated core start in the full name (they end it), else -1. */
  coreAt: number;
  abbreviatedAt: number;
  core: Uint16Array;
  abbreviated: Uint16Array;
  fullGrams: Float64Array;
  coreGrams: Float64Array;
  hanzi: boolean;
  /** A unit outside the BMP in the names: not bounded. */
  wide: boolean;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function units(s: string): Uint16Array {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** bigram-jaccard.ts's charBigrams as sorted distinct codes (a one-unit string: −1 − the unit). */
function gramCodes(u: Uint16Array): Float64Array {
  if (u.length === 1) return Float64Array.of(-1 - u[0]);
  const out = new Float64Array(Math.max(0, u.length - 1));
  for (let i = 0; i + 1 < u.length; i++) out[i] = u[i] * 65536 + u[i + 1];
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i];
  return out.subarray(0, n);
}

function suffixAt(full: string, part: string | undefined): number {
  return part !== undefined && full.endsWith(part) ? full.length - part.length : -1;
}

export function boundFacts(r: PreparedRecord): BoundFacts {
  const { full, core, abbreviated } = r.name;
  const f = units(full);
  const c = units(core);
  return {
    full: f,
    coreAt: suffixAt(full, core),
    abbreviatedAt: suffixAt(full, abbreviated?.core),
    core: c,
    abbreviated: units(abbreviated?.core ?? ''),
    fullGrams: gramCodes(f),
    coreGrams: gramCodes(c),
    hanzi: hasHanzi(core),
    wide: SURROGATE.test(full) || SURROGATE.test(core) || SURROGATE.test(abbreviated?.core ?? ''),
  };
}

/** Whether the bound applies: no unit outside the BMP, a non-empty core that ends the full name. */
export function boundable(f: BoundFacts): boolean {
  return !f.wide && f.coreAt >= 0 && f.core.length > 0;
}

const mark = new Int32Array(65536);
let stamp = 0;

function stampAll(y: Uint16Array): void {
  if (++stamp === 0x7fff_ffff) {
    mark.fill(0);
    stamp = 1;
  }
  for (let i = 0; i < y.length; i++) mark[y[i]] = stamp;
}

function countMarked(x: Uint16Array): number {
  let k = 0;
  for (let i = 0; i < x.length; i++) if (mark[x[i]] === stamp) k++;
  return k;
}

/** Units of a's full name, core and abbreviated core found in the stamped name. */
interface Found {
  full: number;
  core: number;
  abbreviated: number;
}

function foundIn(f: BoundFacts, out: Found): void {
  const u = f.full;
  let k = 0;
  out.core = f.coreAt < 0 ? countMarked(f.core) : 0;
  out.abbreviated = f.abbreviatedAt < 0 ? countMarked(f.abbreviated) : 0;
  for (let i = u.length - 1; i >= 0; i--) {
    if (mark[u[i]] === stamp) k++;
    if (i === f.coreAt) out.core = k;
    if (i === f.abbreviatedAt) out.abbreviated = k;
  }
  out.full = k;
}

/** Jaccard of two sorted code sets (setJaccard's value). */
function sortedJaccard(x: Float64Array, y: Float64Array): number {
  if (x.length === 0 || y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      inter++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return inter / (x.length + y.length - inter);
}

function contained(short: string, target: string): number {
  if (target.length === 0 || !target.includes(short)) return 0;
  return (
    0.86 +
    (0.14 * short.length) / Math.max(target.length, short.length) +
    (target.startsWith(short) ? 0.03 : 0)
  );
}

/**
 * score-pair.ts's `against` of `short` (k of its units found in the other's
 * full name, which holds the other's core) over the other's full name and core.
 */
function againstBound(short: string, k: number, l: PreparedRecord): number {
  if (short.length === 0) return 0;
  if (k < short.length) return (0.6 * k) / short.length;
  return Math.max(0.87, contained(short, l.name.full), contained(short, l.name.core));
}

function placedIn(codes: readonly string[], r: PreparedRecord): boolean {
  return codes.some((c) => (c.length === 2 ? r.provinces : r.prefectures).has(c));
}

/** score-pair.ts's shortInLong, bounded: containment, abbreviation, place abbreviation. */
function shortInLongBound(s: PreparedRecord, l: PreparedRecord, k: Found): number {
  if (s.name.onlyPlace) return 0;
  const { full, core, placeTexts, abbreviated } = s.name;
  let best = k.full === full.length ? contained(full, l.name.full) : 0;
  // Bare (not looked for alone) when common — a count — or a short core that stood beside a place.
  if (!(placeTexts.length > 0 && core.length <= 2))
    best = Math.max(best, againstBound(core, k.core, l));
  if (abbreviated && placedIn(abbreviated.codes, l))
    best = Math.max(best, againstBound(abbreviated.core, k.abbreviated, l) - 0.02);
  return best;
}

/** Jaro-Winkler bounded by m ≤ the units each string has in the other. */
function jwBound(x: Uint16Array, y: Uint16Array, m: number): number {
  if (x.length === 0 || y.length === 0) return x.length === y.length ? 1 : 0;
  if (m === 0) return 0;
  const jaro = Math.min(1, (m / x.length + m / y.length + 1) / 3);
  let l = 0;
  while (l < 4 && l < x.length && l < y.length && x[l] === y[l]) l++;
  // Each unit of the common prefix is a match (unit-count-filter.ts): l ≤ m.
  return jaro + Math.min(l, m) * 0.1 * (1 - jaro);
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}

function clashes(a: PreparedRecord, b: PreparedRecord): boolean {
  return (
    a.nameProvinces.size > 0 &&
    b.nameProvinces.size > 0 &&
    (!intersects(a.nameProvinces, b.nameProvinces) ||
      (a.namePrefectures.size > 0 &&
        b.namePrefectures.size > 0 &&
        !intersects(a.namePrefectures, b.namePrefectures)))
  );
}

const inB: Found = { full: 0, core: 0, abbreviated: 0 };
const inA: Found = { full: 0, core: 0, abbreviated: 0 };

function nameBound(a: PreparedRecord, b: PreparedRecord, af: BoundFacts, bf: BoundFacts): number {
  const x = a.name;
  const y = b.name;
  if (x.full === y.full) return 1.1;
  const clash = clashes(a, b);
  if (x.core === y.core && !clash) return 1.1;
  stampAll(bf.full);
  foundIn(af, inB);
  stampAll(af.full);
  foundIn(bf, inA);
  const jwCore = jwBound(af.core, bf.core, Math.min(inB.core, inA.core));
  const jwFull = jwBound(af.full, bf.full, Math.min(inB.full, inA.full));
  let best = Math.max(
    shortInLongBound(a, b, inB),
    shortInLongBound(b, a, inA),
    (jwCore + sortedJaccard(af.coreGrams, bf.coreGrams)) / 2,
    (jwFull + sortedJaccard(af.fullGrams, bf.fullGrams)) / 2,
  );
  if (!af.hanzi || !bf.hanzi || Math.max(jwCore, jwFull) >= 0.8) best = Math.max(best, 0.9);
  return clash ? Math.min(best, 0.5) : best;
}

function placeTerm(a: PreparedRecord, b: PreparedRecord, o: ResolutionOptions): number {
  if (a.provinces.size === 0 || b.provinces.size === 0) return 0;
  if (intersects(a.prefectures, b.prefectures)) return o.cityBonus;
  if (intersects(a.provinces, b.provinces)) return o.regionBonus;
  return -o.regionPenalty;
}

export function scoreUpperBound(
  a: PreparedRecord,
  b: PreparedRecord,
  af: BoundFacts,
  bf: BoundFacts,
  o: ResolutionOptions,
): number {
  const ra = a.record;
  const rb = b.record;
  if (ra.uscc && rb.uscc && ra.uscc === rb.uscc) return 1;
  if (ra.stockCode && rb.stockCode && ra.stockCode === rb.stockCode) return 1;
  if (ra.uscc && rb.uscc) return 0.3;
  if (!boundable(af) || !boundable(bf)) return Infinity;
  let u = nameBound(a, b, af, bf) + placeTerm(a, b, o);
  if (ra.industry && rb.industry)
    u += ra.industry === rb.industry ? o.industryBonus : -o.industryPenalty;
  return Math.max(0, u);
}
