import type { PreparedRecord } from './prepare-record.ts';
import { type BoundFacts, boundable } from './score-bound.ts';

/**
 * Which right-hand records could name the same organisation as a left one
 * well enough to matter — found without listing a record's blocking
 * candidates, by counting the units (characters) the two names share.
 *
 * Method    an inverted index from each unit to the right records whose full
 *           name holds it, with how many times. For a left record a, one pass
 *           over a's distinct units gives, for every right record b sharing
 *           one, kA = units of a's full name found in b's and kB = units of
 *           b's found in a's (a count filter on unigrams). Every name term of
 *           score-pair.ts is bounded by these counts and the lengths:
 *           · cover of a part p of either name (full, core, abbreviated
 *             core; each ends the full name) in the other: its greedy matches
 *             are distinct units of both names found in the other, so k ≤
 *             min(kA, kB); 1.03 when k ≥ |p| (containment or a whole cover),
 *             else 0.6·k/|p|;
 *           · equal names (1.1) only when kA ≥ |a.core| and kB ≥ |b.core|;
 *           · Jaro-Winkler: m ≤ min(kA, kB, |x|, |y|), jaro ≤ (m/|x| +
 *             m/|y| + 1)/3, with the common prefix of the two (≤ 4 units,
 *             and ≤ m: each prefix unit of y is matched, by one unit of x);
 *           · bigram Jaccard: shared bigrams I ≤ min(|X|, |Y|, m − 1) (a
 *             shared bigram is two adjacent units found; m for one-unit
 *             names), J ≤ I/(|X| + |Y| − I);
 *           · the same pinyin (0.9) when a core has no hanzi or jw ≥ 0.8.
 *           A right record passes when that bound plus the largest place and
 *           industry bonuses reaches the floor. A right record sharing no unit
 *           can pass only by pinyin (a core without hanzi), a same USCC or
 *           stock code, or when it cannot be bounded: those are kept aside
 *           and always passed (score-bound.ts then bounds each pair exactly).
 * Conventions a left record that cannot be bounded (boundable) or has no
 *           hanzi in its core is not filtered: the caller scores its blocking
 *           candidates as they are. Right positions as in the prepared list.
 * Cost      O(Σ posting lengths of a's distinct units) per left record, in
 *           typed arrays; ~1,500 for a registry row against the bundled
 *           atlas, against ~120 blocking candidates scored by strings.
 * References Gravano et al. (2001) "Approximate string joins in a database
 *           (almost) for free", VLDB (count filtering); Christen (2012) Data
 *           Matching, Springer, ch. 6.
 */

interface Posting {
  ids: Int32Array;
  times: Uint16Array;
}

export class UnitCountFilter {
  private readonly postings = new Map<number, Posting>();
  /** Right records always passed (no bound, or a core without hanzi). */
  private readonly always: number[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly fullLen: Int32Array;
  private readonly coreLen: Int32Array;
  private readonly abbrLen: Int32Array;
  /** The shortest of a right record's parts (core, abbreviated core). */
  private readonly shortest: Int32Array;
  private readonly coreGrams: Int32Array;
  private readonly fullGrams: Int32Array;
  /** The first four units of each core and full name (−1 past the end): the Winkler prefix. */
  private readonly coreHead: Int32Array;
  private readonly fullHead: Int32Array;
  private readonly kA: Int32Array;
  private readonly kB: Int32Array;
  private readonly seen: Int32Array;
  /** The right records one left record touches (a buffer reused by every call). */
  private readonly touched: Int32Array;
  private stamp = 0;

  constructor(
    private readonly right: readonly PreparedRecord[],
    facts: readonly BoundFacts[],
  ) {
    const n = right.length;
    [this.fullLen, this.coreLen, this.abbrLen] = [
      new Int32Array(n),
      new Int32Array(n),
      new Int32Array(n),
    ];
    [this.coreGrams, this.fullGrams] = [new Int32Array(n), new Int32Array(n)];
    this.shortest = new Int32Array(n);
    [this.kA, this.kB, this.seen] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    this.touched = new Int32Array(n);
    [this.coreHead, this.fullHead] = [new Int32Array(4 * n), new Int32Array(4 * n)];
    const lists = new Map<number, { ids: number[]; times: number[] }>();
    facts.forEach((f, j) => {
      this.fullLen[j] = f.full.length;
      this.coreLen[j] = f.core.length;
      this.abbrLen[j] = f.abbreviated.length;
      this.shortest[j] = Math.min(f.abbreviated.length || f.core.length, f.core.length);
      this.coreGrams[j] = f.coreGrams.length;
      this.fullGrams[j] = f.fullGrams.length;
      this.coreHead.set(head(f.core), 4 * j);
      this.fullHead.set(head(f.full), 4 * j);
      if (!boundable(f) || !f.hanzi || this.shortest[j] < 2) this.always.push(j);
      const r = right[j].record;
      if (r.uscc) push(this.byKey, `u:${r.uscc}`, j);
      if (r.stockCode) push(this.byKey, `s:${r.stockCode}`, j);
      for (const [u, t] of unitTimes(f.full)) {
        let l = lists.get(u);
        if (!l) lists.set(u, (l = { ids: [], times: [] }));
        l.ids.push(j);
        l.times.push(t);
      }
    });
    for (const [u, l] of lists)
      this.postings.set(u, { ids: Int32Array.from(l.ids), times: Uint16Array.from(l.times) });
  }

  /** Whether a left record can be filtered (else its blocking candidates are scored as they are). */
  static applies(f: BoundFacts): boolean {
    return boundable(f) && f.hanzi;
  }

  /** Right records whose name bound reaches floorName (in no particular order; no repeats). */
  passing(a: PreparedRecord, af: BoundFacts, floorName: number): number[] {
    if (++this.stamp === 0x7fff_ffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const s = this.stamp;
    // One unit shared, every part of two units or more: at most max(0.6/2, (0.7 + 0)/2).
    const single = floorName > 0.35 && Math.min(af.abbreviated.length || 2, af.core.length) >= 2;
    const nt = this.accumulate(af, s, single);
    const out: number[] = [];
    const take = (j: number) => {
      if (this.seen[j] === -s) return;
      this.seen[j] = -s;
      out.push(j);
    };
    const aCore = head(af.core);
    const aFull = head(af.full);
    for (let k = 0; k < nt; k++) {
      const j = this.touched[k];
      if (single && this.shortest[j] >= 2 && (this.kA[j] <= 1 || this.kB[j] <= 1)) continue;
      if (this.nameBound(af, aCore, aFull, j) >= floorName) take(j);
    }
    for (const j of this.always) take(j);
    if (a.record.uscc) for (const j of this.byKey.get(`u:${a.record.uscc}`) ?? []) take(j);
    if (a.record.stockCode)
      for (const j of this.byKey.get(`s:${a.record.stockCode}`) ?? []) take(j);
    return out;
  }

  /**
   * kA and kB of every right record sharing a unit with a; returns how many
   * (in `touched`). When one shared unit cannot let a record pass (`single`),
   * the unit of a held by most records, if a holds it once, only adds to
   * records the other units touched: a record it alone touches has kA = 1.
   */
  private accumulate(af: BoundFacts, s: number, single: boolean): number {
    const units = distinctUnits(af.full);
    let skip = -1;
    if (single)
      for (const u of units)
        if (times[u] === 1 && (this.postings.get(u)?.ids.length ?? 0) > this.size(skip)) skip = u;
    let nt = 0;
    for (const u of units) {
      const p = this.postings.get(u);
      if (!p || u === skip) continue;
      const ta = times[u];
      for (let i = 0; i < p.ids.length; i++) {
        const j = p.ids[i];
        if (this.seen[j] !== s) {
          this.seen[j] = s;
          this.kA[j] = 0;
          this.kB[j] = 0;
          this.touched[nt++] = j;
        }
        this.kA[j] += ta;
        this.kB[j] += p.times[i];
      }
    }
    const p = skip < 0 ? undefined : this.postings.get(skip);
    if (p)
      for (let i = 0; i < p.ids.length; i++) {
        const j = p.ids[i];
        if (this.seen[j] !== s) continue;
        this.kA[j] += 1;
        this.kB[j] += p.times[i];
      }
    for (const u of units) times[u] = 0;
    return nt;
  }

  private size(u: number): number {
    return u < 0 ? 0 : (this.postings.get(u)?.ids.length ?? 0);
  }

  /** The module header's bound on the name term from the shared-unit counts. */
  private nameBound(af: BoundFacts, aCore: Int32Array, aFull: Int32Array, j: number): number {
    const kA = this.kA[j];
    const kB = this.kB[j];
    const la = af.full.length;
    const lac = af.core.length;
    const lb = this.fullLen[j];
    const lbc = this.coreLen[j];
    if (kA >= lac && kB >= lbc) return 1.1;
    // A cover's matches are distinct units of both names found in the other: k ≤ min(kA, kB).
    const k = Math.min(kA, kB);
    let best = Math.max(part(k, la), part(k, lac), part(k, lb), part(k, lbc));
    const laa = af.abbreviated.length;
    const lba = this.abbrLen[j];
    if (laa > 0) best = Math.max(best, part(k, laa) - 0.02);
    if (lba > 0) best = Math.max(best, part(k, lba) - 0.02);
    const mC = Math.min(kA, kB, lac, lbc);
    const mF = Math.min(kA, kB, la, lb);
    const jwC = jwBound(mC, lac, lbc, prefix(aCore, this.coreHead, j));
    const jwF = jwBound(mF, la, lb, prefix(aFull, this.fullHead, j));
    const jC = jaccardBound(mC, lac, lbc, af.coreGrams.length, this.coreGrams[j]);
    const jF = jaccardBound(mF, la, lb, af.fullGrams.length, this.fullGrams[j]);
    best = Math.max(best, (jwC + jC) / 2, (jwF + jF) / 2);
    return jwC >= 0.8 || jwF >= 0.8 ? Math.max(best, 0.9) : best;
  }
}

function head(u: Uint16Array): Int32Array {
  const h = Int32Array.of(-1, -1, -1, -1);
  for (let i = 0; i < 4 && i < u.length; i++) h[i] = u[i];
  return h;
}

/** The common prefix (at most 4 units) of a's head and right record j's. */
function prefix(a: Int32Array, heads: Int32Array, j: number): number {
  let l = 0;
  while (l < 4 && a[l] >= 0 && a[l] === heads[4 * j + l]) l++;
  return l;
}

function part(k: number, len: number): number {
  if (len === 0) return 0;
  return k >= len ? 1.03 : (0.6 * k) / len;
}

function jwBound(m: number, x: number, y: number, l: number): number {
  if (m === 0 || x === 0 || y === 0) return 0;
  const jaro = Math.min(1, (m / x + m / y + 1) / 3);
  return jaro + Math.min(l, m) * 0.1 * (1 - jaro);
}

/**
 * Bigram sets X, Y of strings of x and y units sharing at most m units: a
 * shared bigram needs two adjacent units found, so at most m − 1 of them
 * (m for one-unit strings, whose set is the unit).
 */
function jaccardBound(m: number, x: number, y: number, gx: number, gy: number): number {
  const i = Math.max(0, Math.min(gx, gy, x >= 2 && y >= 2 ? m - 1 : m));
  return i === 0 ? 0 : i / (gx + gy - i);
}

/** Each distinct unit code of a name and how many times it occurs. */
function unitTimes(u: Uint16Array): Map<number, number> {
  const out = new Map<number, number>();
  for (let i = 0; i < u.length; i++) out.set(u[i], (out.get(u[i]) ?? 0) + 1);
  return out;
}

/** How many times each unit occurs in the name being filtered (zero again after each call). */
const times = new Int32Array(65536);

/** A name's distinct units, their counts left in `times`. */
function distinctUnits(u: Uint16Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < u.length; i++) if (times[u[i]]++ === 0) out.push(u[i]);
  return out;
}

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
