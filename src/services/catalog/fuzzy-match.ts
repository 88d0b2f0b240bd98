import { pinyin } from 'pinyin-pro';

/**
 * Fuzzy matching of a search text against names, as people type them: any
 * mix of hanzi, full pinyin and pinyin initials ("长沙工程机械", "changsha
 * gongcheng jixie", "cs工程机械"), English words ("Changsha construction
 * machinery"), traditional characters and homophones (by their pinyin), with
 * a missing or an extra character.
 *
 * Method: the query is split at spaces and punctuation into chunks; each
 * chunk is aligned on its own, in order, with a stretch of the name's units
 * (a hanzi with its readings, or a Latin word) by dynamic programming
 * (local alignment: start and end anywhere in the name). A query item is a
 * hanzi or a Latin letter; it is matched (credit 1 for the same hanzi or a
 * whole syllable, 0.9 for an initial, 0.8 for a homophone or a syllable's
 * prefix), or skipped as an extra character (a miss). Units of the name
 * skipped inside an alignment are gaps. A name matches when the misses stay
 * within the allowance (none up to 3 items, 1 up to 11, then 2) and the
 * credit covers at least 75% of the query, with at most 3 gaps (or one per
 * two items of a longer query); its score is the covered share
 * less 0.03 per gap, plus 0.5 when the whole name is the query.
 *
 * Generic words (市 省 区 县 产业 集群 基地 园区 cluster industry …) in the
 * query are neither required nor counted.
 *
 * Cost: O(items × units × readings) per chunk and name; names' units are
 * cached (pinyin-pro, MIT), so a query over ~10,000 names takes a few ms.
 */

interface HanUnit {
  han: string;
  readings: string[];
}
interface WordUnit {
  word: string;
}
type Unit = HanUnit | WordUnit;

interface QueryItem {
  /** A hanzi with its readings, or one Latin letter/digit. */
  han?: string;
  readings?: string[];
  letter?: string;
  /** For a letter: index one past the end of its Latin run in the chunk. */
  runEnd?: number;
  /** Part of a generic word: skipping it costs nothing. */
  generic: boolean;
}

export interface PreparedQuery {
  chunks: QueryItem[][];
  /** Items that count (non-generic). */
  size: number;
  /** The whole query, normalised, to recognise an exact name. */
  normalised: string;
}

export interface MatchResult {
  score: number;
  misses: number;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z0-9]/;
const GENERIC_HAN = ['产业集群', '集群', '产业', '基地', '园区', '市', '省', '区', '县'];
const GENERIC_WORDS = new Set([
  'cluster',
  'clusters',
  'industry',
  'industrial',
  'city',
  'province',
]);

const MISS = 1.2;
const GAP = 0.25;

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

const readingCache = new Map<string, string[]>();
/** Every reading of one hanzi, tone marks dropped, ü also as v and u. */
function readingsOf(ch: string, contextual: string | undefined): string[] {
  const key = `${ch}|${contextual ?? ''}`;
  const hit = readingCache.get(key);
  if (hit) return hit;
  const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
  const out = new Set<string>();
  for (const r of [contextual, ...all]) {
    if (!r || !/^[a-zü]+$/.test(r)) continue;
    out.add(r);
    if (r.includes('ü')) {
      out.add(r.replace(/ü/g, 'v'));
      out.add(r.replace(/ü/g, 'u'));
    }
  }
  const list = [...out];
  readingCache.set(key, list);
  return list;
}

/** A name ready to match: its units, and the hanzi, readings and letters it holds (a quick filter). */
interface PreparedName {
  units: Unit[];
  hanzi: Set<string>;
  readings: Set<string>;
  letters: Set<string>;
  normalised: string;
}

const nameCache = new Map<string, PreparedName>();
const NAME_CACHE_MAX = 200_000;

function prepareName(text: string): PreparedName {
  const hit = nameCache.get(text);
  if (hit) return hit;
  const units = unitsOf(text);
  const hanzi = new Set<string>();
  const readings = new Set<string>();
  const letters = new Set<string>();
  for (const u of units) {
    if ('han' in u) {
      hanzi.add(u.han);
      for (const r of u.readings) {
        readings.add(r);
        for (const c of r) letters.add(c);
      }
    } else for (const c of u.word) letters.add(c);
  }
  const prepared = {
    units,
    hanzi,
    readings,
    letters,
    normalised: normalise(text).replace(/\s+/g, ''),
  };
  if (nameCache.size >= NAME_CACHE_MAX) nameCache.clear();
  nameCache.set(text, prepared);
  return prepared;
}

/** A name as units: each hanzi with its readings (in context first), each Latin word. */
export function unitsOf(text: string): Unit[] {
  const t = normalise(text);
  const chars = [...t];
  const context = chars.some((c) => HAN.test(c))
    ? pinyin(t, { toneType: 'none', type: 'array' })
    : [];
  // pinyin-pro answers one element per character for hanzi; align by position.
  const units: Unit[] = [];
  let word = '';
  chars.forEach((c, i) => {
    if (LATIN.test(c)) {
      word += c;
      return;
    }
    if (word) units.push({ word });
    word = '';
    if (HAN.test(c)) {
      const ctx = context.length === chars.length ? context[i] : undefined;
      units.push({ han: c, readings: readingsOf(c, ctx) });
    }
  });
  if (word) units.push({ word });
  return units;
}

export function prepareQuery(text: string): PreparedQuery {
  const t = normalise(text);
  const chunks: QueryItem[][] = [];
  let size = 0;
  for (const raw of t.split(/[^\p{Script=Han}a-z0-9]+/u)) {
    if (!raw) continue;
    const chars = [...raw];
    const items: QueryItem[] = [];
    const generic = new Array<boolean>(chars.length).fill(false);
    // Generic hanzi words, and generic Latin words standing alone.
    for (const g of GENERIC_HAN) {
      let from = raw.indexOf(g);
      while (from >= 0) {
        const start = [...raw.slice(0, from)].length;
        for (let k = 0; k < [...g].length; k++) generic[start + k] = true;
        from = raw.indexOf(g, from + g.length);
      }
    }
    if (GENERIC_WORDS.has(raw)) generic.fill(true);
    // A chunk made only of generic hanzi (e.g. "市") still counts.
    if (generic.every(Boolean) && !GENERIC_WORDS.has(raw)) generic.fill(false);
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i] as string;
      if (HAN.test(c)) {
        items.push({ han: c, readings: readingsOf(c, undefined), generic: generic[i] === true });
      } else if (LATIN.test(c)) {
        items.push({ letter: c, generic: generic[i] === true });
      }
    }
    // Latin runs: each letter knows where its run ends.
    let end = items.length;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i] as QueryItem;
      if (it.letter === undefined) {
        end = i;
        continue;
      }
      it.runEnd = end;
    }
    if (items.length > 0) {
      chunks.push(items);
      size += items.filter((x) => !x.generic).length;
    }
  }
  return { chunks, size, normalised: t.replace(/\s+/g, '') };
}

interface Cell {
  obj: number;
  credit: number;
  misses: number;
  gaps: number;
}
const NONE: Cell = { obj: -Infinity, credit: 0, misses: 0, gaps: 0 };

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Best local alignment of one chunk with the units; paths with more than
 * `maxMisses` misses are dropped (the name would be refused anyway).
 */
// The alignment's table, reused between calls (searches run one at a time on one thread).
let OBJ = new Float64Array(1024);
let CREDIT = new Float64Array(1024);
let MISSES = new Int32Array(1024);
let GAPS = new Int32Array(1024);
let COUNTED = new Int32Array(64);
let W = 1;
let REACH = 0;
let MAX_MISSES = 0;

function put(from: number, to: number, gain: number, miss: number, gap: number): void {
  const mm = MISSES[from]! + miss;
  if (mm > MAX_MISSES) return;
  const o = OBJ[from]! + gain - miss * MISS - gap * GAP;
  if (o > OBJ[to]!) {
    if (to >= REACH * W) REACH = Math.floor(to / W);
    OBJ[to] = o;
    CREDIT[to] = CREDIT[from]! + gain;
    MISSES[to] = mm;
    GAPS[to] = GAPS[from]! + gap;
  }
}

/** Sizes the table for an n-item chunk against m units and starts every path at row 0. */
function resetTable(n: number, m: number, maxMisses: number): void {
  const w = m + 1;
  // Cell (i, j) at i * w + j: consumed q[0..i), next unit j.
  const size = (n + 1) * w;
  if (OBJ.length < size) {
    OBJ = new Float64Array(size * 2);
    CREDIT = new Float64Array(size * 2);
    MISSES = new Int32Array(size * 2);
    GAPS = new Int32Array(size * 2);
  }
  if (COUNTED.length < n + 1) COUNTED = new Int32Array((n + 1) * 2);
  OBJ.fill(-Infinity, 0, size);
  CREDIT.fill(0, 0, size);
  MISSES.fill(0, 0, size);
  GAPS.fill(0, 0, size);
  W = w;
  REACH = 0;
  MAX_MISSES = maxMisses;
  for (let j = 0; j <= m; j++) OBJ[j] = 0;
}

/** Credit of q[i..k): generic items earn nothing (prefix sums over the chunk in COUNTED). */
const earned = (i: number, k: number): number => COUNTED[k]! - COUNTED[i]!;

/** A Latin letter of the query against a hanzi unit: its readings, whole, initial or cut short. */
function letterOnHan(q: QueryItem[], i: number, from: number, u: { readings: string[] }): void {
  const w = W;
  const it = q[i]!;
  const runEnd = it.runEnd ?? i + 1;
  for (const r of u.readings) {
    if (r.charCodeAt(0) !== it.letter!.charCodeAt(0)) continue;
    let k = 1;
    while (i + k < runEnd && k < r.length && q[i + k]!.letter === r[k]) k++;
    if (k === r.length) put(from, from + k * w + 1, earned(i, i + k), 0, 0);
    put(from, from + w + 1, earned(i, i + 1) * 0.9, 0, 0);
    if (k >= 2 && r[1] === 'h' && (r[0] === 'z' || r[0] === 'c' || r[0] === 's'))
      put(from, from + 2 * w + 1, earned(i, i + 2) * 0.9, 0, 0);
    if (k < r.length && k > 1 && i + k === runEnd)
      put(from, from + k * w + 1, earned(i, i + k) * 0.8, 0, 0);
  }
}

/** A whole Latin run of the query against a word: equal, a prefix, or one edit away. */
function runOnWord(q: QueryItem[], i: number, j: number, from: number, word: string): void {
  const runEnd = q[i]!.runEnd ?? i + 1;
  let run = '';
  for (let x = i; x < runEnd; x++) run += q[x]!.letter;
  const to = runEnd * W + j + 1;
  const gain = earned(i, runEnd);
  if (run === word) put(from, to, gain, 0, 0);
  else if (word.startsWith(run) && (run.length >= 2 || word.length <= 2))
    put(from, to, gain * 0.85, 0, 0);
  else if (run.length >= 5 && word.length >= 5 && editDistanceAtMostOne(run, word))
    put(from, to, gain * 0.8, 0, 0);
}

/** Every move out of cell (i, j): a gap, a skipped item, a match of item i with unit j. */
function stepFrom(q: QueryItem[], units: Unit[], i: number, j: number, from: number): void {
  const n = q.length;
  const m = units.length;
  const w = W;
  if (i > 0 && i < n && j < m) put(from, from + 1, 0, 0, 1);
  if (i === n) return;
  const it = q[i]!;
  // Skip a query item: an extra character (free if generic).
  put(from, from + w, 0, it.generic ? 0 : 1, 0);
  if (j === m) return;
  const u = units[j]!;
  if (it.han !== undefined) {
    if ('han' in u) {
      if (u.han === it.han) put(from, from + w + 1, earned(i, i + 1), 0, 0);
      else if (u.readings.some((r) => it.readings!.includes(r)))
        put(from, from + w + 1, earned(i, i + 1) * 0.8, 0, 0);
    }
  } else if ('han' in u) letterOnHan(q, i, from, u);
  else if (i === 0 || q[i - 1]!.letter === undefined) runOnWord(q, i, j, from, u.word);
}

/** The best local alignment of one chunk with the units (the table above, row by row). */
function alignChunk(q: QueryItem[], units: Unit[], maxMisses: number): Cell {
  const n = q.length;
  const m = units.length;
  resetTable(n, m, maxMisses);
  const w = W;
  COUNTED[0] = 0;
  for (let x = 0; x < n; x++) COUNTED[x + 1] = COUNTED[x]! + (q[x]!.generic ? 0 : 1);
  for (let i = 0; i <= n; i++) {
    let alive = false;
    for (let j = 0; j <= m; j++) {
      const from = i * w + j;
      if (OBJ[from] === -Infinity) continue;
      alive = true;
      stepFrom(q, units, i, j, from);
    }
    if (!alive && REACH <= i) return NONE;
  }
  let best = -1;
  for (let j = 0; j <= m; j++) {
    const c = n * w + j;
    if (OBJ[c]! > (best < 0 ? -Infinity : OBJ[best]!)) best = c;
  }
  if (best < 0) return NONE;
  return { obj: OBJ[best]!, credit: CREDIT[best]!, misses: MISSES[best]!, gaps: GAPS[best]! };
}

/**
 * A chunk in order, or, when that leaves misses, in two parts aligned each
 * on its own ("工程机械长沙": field before place), at one gap's cost.
 */
function alignSplit(q: QueryItem[], units: Unit[], maxMisses: number): Cell {
  const whole = alignChunk(q, units, maxMisses);
  if ((whole.obj > -Infinity && whole.misses === 0) || q.length < 4 || q.length > 24) return whole;
  let best = whole;
  for (let cut = 2; cut <= q.length - 2; cut++) {
    // Cut between hanzi, or between a Latin run and a hanzi, never inside a run.
    if (q[cut - 1]!.letter !== undefined && q[cut]!.letter !== undefined) continue;
    const a = alignChunk(q.slice(0, cut), units, maxMisses);
    if (a.obj === -Infinity) continue;
    const rest = q
      .slice(cut)
      .map((x) => (x.runEnd === undefined ? x : { ...x, runEnd: x.runEnd - cut }));
    const b = alignChunk(rest, units, maxMisses - a.misses);
    const o = a.obj + b.obj - GAP;
    if (o > best.obj) {
      best = {
        obj: o,
        credit: a.credit + b.credit,
        misses: a.misses + b.misses,
        gaps: a.gaps + b.gaps + 1,
      };
    }
  }
  return best;
}

export function allowedMisses(size: number): number {
  return size <= 3 ? 0 : size <= 11 ? 1 : 2;
}

/** How well the query matches one name; null when it does not. */
export function matchName(query: PreparedQuery, name: string): MatchResult | null {
  if (query.size === 0) return null;
  const prepared = prepareName(name);
  const units = prepared.units;
  if (units.length === 0) return null;
  const allowed = allowedMisses(query.size);
  // Quick filter: items that cannot match anything in the name are misses.
  let impossible = 0;
  for (const chunk of query.chunks) {
    for (const it of chunk) {
      if (it.generic) continue;
      const possible =
        it.han !== undefined
          ? prepared.hanzi.has(it.han) || it.readings!.some((r) => prepared.readings.has(r))
          : prepared.letters.has(it.letter!);
      if (!possible && ++impossible > allowed) return null;
    }
  }
  let credit = 0;
  let misses = 0;
  let gaps = 0;
  for (const chunk of query.chunks) {
    const c = alignSplit(chunk, units, allowed - misses);
    if (c.obj === -Infinity) return null;
    credit += c.credit;
    misses += c.misses;
    gaps += c.gaps;
  }
  if (misses > allowed) return null;
  const covered = credit / query.size;
  if (covered < 0.75 || gaps > Math.max(3, Math.floor(query.size / 2))) return null;
  const exact = prepared.normalised === query.normalised ? 0.5 : 0;
  return { score: covered - 0.03 * gaps + exact - 0.001 * units.length, misses };
}

/** The best of several names of one thing (name, English name, short name …). */
export function matchNames(
  query: PreparedQuery,
  names: (string | null | undefined)[],
): MatchResult | null {
  let best: MatchResult | null = null;
  for (const n of names) {
    if (!n) continue;
    const r = matchName(query, n);
    if (r && (!best || r.score > best.score)) best = r;
  }
  return best;
}
