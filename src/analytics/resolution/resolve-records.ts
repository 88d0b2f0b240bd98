import { CandidateIndex } from './candidate-index.ts';
import { GENERIC_WORDS } from './generic-words.ts';
import type { PlaceGazetteer } from './place-gazetteer.ts';
import { type PreparedRecord, type ResolutionRecord, prepareRecord } from './prepare-record.ts';
import {
  DEFAULT_RESOLUTION_OPTIONS,
  type MatchDecision,
  type ResolutionOptions,
} from './resolution-options.ts';
import { scorePair } from './score-pair.ts';

/**
 * Entity resolution between two lists of organisations: for each left record,
 * the right record it names, if any, with a score, a decision and reasons.
 *
 * Method    prepare (normalise names, places) → block (CandidateIndex) →
 *           score (scorePair) → assign → decide.
 *           assign: with oneToOne, all candidate pairs scoring at least
 *           reviewAt are taken best first, each left and each right record
 *           used once (a greedy maximum-weight matching); otherwise each left
 *           record takes its best candidate.
 *           decide: score ≥ matchAt → match, ≥ reviewAt → review, else
 *           distinct; a match whose runner-up (another free right record for
 *           the left one, or another free left record for the right one)
 *           scores within `margin` is ambiguous and goes to review.
 *           A left record whose candidates were all taken, or scored below
 *           reviewAt, is reported with its best candidate as distinct.
 * Conventions pairs come in the order of the left list; a left record with no
 *           candidate at all has no pair. Scores are rounded to 3 decimals.
 *           A two-character core is common when more records of both lists
 *           than commonCount hold it; a left list resolved in parts passes
 *           the whole list's counts (LeftGramCounts), and the records whose
 *           decision asked (countDependent) are decided again with them.
 * Cost      O(L·k·n²) for L left records, k candidates each, names of n
 *           characters, plus a sort of the candidate pairs; 2,875 × 5,448
 *           listed firms take well under a second.
 * References Fellegi & Sunter (1969) JASA 64:1183; Christen (2012) Data
 *           Matching, Springer, ch. 6 (one-to-one assignment of matches).
 */

export interface ResolvedPair {
  leftId: string;
  rightId: string;
  score: number;
  decision: MatchDecision;
  reasons: string[];
}

export interface ResolutionResult {
  pairs: ResolvedPair[];
  comparisons: number;
  /** How many left records hold each bigram: this call's share of a left list given in parts. */
  leftGrams: Map<string, number>;
  /** Left records whose pairs asked whether a two-character core is common (their decision hangs on the counts). */
  countDependent: string[];
}

/**
 * Bigram counts of the whole left list when it is resolved in parts (an
 * import's slices): the common-core rule then counts every part, so the
 * parts decide as one pass would. The right list's counts are added here.
 */
export interface LeftGramCounts {
  counts: ReadonlyMap<string, number>;
}

interface Edge {
  i: number;
  j: number;
  score: number;
  reasons: string[];
}

function decide(score: number, o: ResolutionOptions): MatchDecision {
  if (score >= o.matchAt) return 'match';
  return score >= o.reviewAt ? 'review' : 'distinct';
}

function gramCounts(records: readonly PreparedRecord[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of records) for (const g of r.grams) df.set(g, (df.get(g) ?? 0) + 1);
  return df;
}

function scoreAll(
  left: PreparedRecord[],
  right: PreparedRecord[],
  o: ResolutionOptions,
  given?: LeftGramCounts,
): { edges: Edge[][]; comparisons: number; leftGrams: Map<string, number>; dependent: boolean[] } {
  const index = new CandidateIndex(right, o.maxPosting, o.blockSize);
  const leftGrams = gramCounts(left);
  const df = gramCounts(right);
  for (const [g, n] of given?.counts ?? leftGrams) df.set(g, (df.get(g) ?? 0) + n);
  let asked = false;
  const ctx = {
    options: o,
    common: (core: string) => {
      if (core.length > 2 || GENERIC_WORDS.has(core)) return core.length <= 2;
      asked = true;
      return (df.get(core) ?? 0) > o.commonCount;
    },
  };
  const edges: Edge[][] = [];
  const dependent: boolean[] = [];
  let comparisons = 0;
  left.forEach((l, i) => {
    const list: Edge[] = [];
    const candidates = o.blocking ? index.candidates(l) : right.map((_, j) => j);
    asked = false;
    for (const j of candidates) {
      const s = scorePair(l, right[j], ctx);
      comparisons++;
      list.push({ i, j, score: s.score, reasons: s.reasons });
    }
    dependent.push(asked);
    list.sort((a, b) => b.score - a.score || a.j - b.j);
    edges.push(list.slice(0, 8));
  });
  return { edges, comparisons, leftGrams, dependent };
}

/**
 * Marks a chosen pair ambiguous when another assignment is about as good:
 * the left record could have another right one (free, or held by a claim not
 * clearly better) scoring within the margin; or another left record wanted
 * this right one and swapping — it takes this one, ours takes its best other
 * — would lose less than the margin in total.
 */
function markAmbiguous(
  edges: Edge[][],
  byRight: Edge[][],
  chosen: (Edge | undefined)[],
  owner: (Edge | undefined)[],
  margin: number,
): void {
  for (const e of chosen) {
    if (!e) continue;
    let other = 0;
    for (const x of edges[e.i]) {
      if (x === e) continue;
      const held = owner[x.j];
      if (!held || held.score < x.score + margin) other = Math.max(other, x.score);
    }
    let ambiguous = other > e.score - margin;
    for (const x of byRight[e.j]) {
      if (x === e || ambiguous) continue;
      const got = chosen[x.i]?.score ?? 0;
      ambiguous = x.score + other > e.score + got - margin;
    }
    if (ambiguous) e.reasons.push('ambiguous');
  }
}

function assign(edges: Edge[][], nRight: number, o: ResolutionOptions): (Edge | undefined)[] {
  const chosen: (Edge | undefined)[] = new Array(edges.length);
  const owner: (Edge | undefined)[] = new Array(nRight);
  const byRight: Edge[][] = Array.from({ length: nRight }, () => []);
  const all = edges.flat().filter((e) => e.score >= o.reviewAt);
  for (const e of all) byRight[e.j].push(e);
  if (!o.oneToOne) {
    edges.forEach((list, i) => {
      chosen[i] = list[0] && list[0].score >= o.reviewAt ? list[0] : undefined;
    });
  } else {
    all.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
    for (const e of all) {
      if (chosen[e.i] || owner[e.j]) continue;
      chosen[e.i] = e;
      owner[e.j] = e;
    }
  }
  markAmbiguous(edges, byRight, chosen, owner, o.margin);
  return chosen;
}

export function resolveRecords(
  leftRecords: readonly ResolutionRecord[],
  rightRecords: readonly ResolutionRecord[],
  places: PlaceGazetteer,
  options: Partial<ResolutionOptions> = {},
  counts?: LeftGramCounts,
): ResolutionResult {
  const o = { ...DEFAULT_RESOLUTION_OPTIONS, ...options };
  const left = leftRecords.map((r) => prepareRecord(r, places));
  const right = rightRecords.map((r) => prepareRecord(r, places));
  const { edges, comparisons, leftGrams, dependent } = scoreAll(left, right, o, counts);
  const chosen = assign(edges, right.length, o);
  const pairs: ResolvedPair[] = [];
  edges.forEach((list, i) => {
    const e = chosen[i];
    if (e) {
      let decision = decide(e.score, o);
      if (decision === 'match' && e.reasons.includes('ambiguous')) decision = 'review';
      pairs.push(pair(left, right, e, decision));
    } else if (list[0]) {
      const best = list[0];
      const taken = best.score >= o.reviewAt ? ['taken'] : [];
      pairs.push(pair(left, right, { ...best, reasons: [...best.reasons, ...taken] }, 'distinct'));
    }
  });
  const countDependent = left.flatMap((l, i) => (dependent[i] ? [l.record.id] : []));
  return { pairs, comparisons, leftGrams, countDependent };
}

function pair(
  left: PreparedRecord[],
  right: PreparedRecord[],
  e: Edge,
  decision: MatchDecision,
): ResolvedPair {
  return {
    leftId: left[e.i].record.id,
    rightId: right[e.j].record.id,
    score: Math.round(Math.min(1, e.score) * 1000) / 1000,
    decision,
    reasons: e.reasons,
  };
}
