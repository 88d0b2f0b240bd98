import { CandidateIndex } from './candidate-index.ts';
import { GENERIC_WORDS } from './generic-words.ts';
import type { PlaceGazetteer } from './place-gazetteer.ts';
import { type PreparedRecord, type ResolutionRecord, prepareRecord } from './prepare-record.ts';
import {
  DEFAULT_RESOLUTION_OPTIONS,
  type MatchDecision,
  type ResolutionOptions,
} from './resolution-options.ts';
import type { LeftGramCounts, ResolvedPair } from './resolve-records.ts';
import { type BoundFacts, boundFacts, scoreUpperBound } from './score-bound.ts';
import { scorePair } from './score-pair.ts';
import { UnitCountFilter } from './unit-count-filter.ts';

/**
 * Entity resolution when only the pairs at or above the review threshold
 * matter — an import asking which of its rows name an organisation already
 * in the atlas (each left record its best candidate, oneToOne off).
 *
 * Method    the same candidates (CandidateIndex) and the same scorer
 *           (scorePair) as resolve-records.ts; a candidate whose upper bound
 *           (score-bound.ts) lies below reviewAt − margin is not scored: it
 *           can neither be chosen nor make a chosen pair ambiguous.
 * Conventions for every left record whose best candidate scores at least
 *           reviewAt the pair equals resolveRecords' with oneToOne false
 *           (right record, score, decision, reasons, 'ambiguous' included);
 *           the other left records have no pair (resolveRecords reports them
 *           distinct with their best candidate). Which pairs are scored does
 *           not depend on the common-core counts, so a record whose scored
 *           pairs never asked them (countDependent) is decided as with any
 *           counts. The prepared right side may be kept across calls.
 * Cost      as resolveRecords' blocking, plus one bound per candidate; the
 *           pairs scored fall from every candidate (38 a row for a registry
 *           against the bundled atlas) to the few that can reach reviewAt.
 * References Christen (2012) Data Matching, Springer, ch. 4 (indexing) and
 *           ch. 6 (filtering by similarity bounds).
 */

export interface AboveFloorResult {
  /** One pair per left record whose best candidate reaches reviewAt, in left order. */
  pairs: ResolvedPair[];
  /** Pairs scored (the rest were bounded away). */
  comparisons: number;
  /** Right records looked at: those the unit counts let through, or a record's blocking candidates. */
  candidates: number;
  leftGrams: Map<string, number>;
  countDependent: string[];
}

/** The right side of a resolution, prepared once and kept across calls. */
export class PreparedRight {
  readonly records: PreparedRecord[];
  readonly facts: BoundFacts[];
  readonly grams: Map<string, number>;
  readonly index: CandidateIndex;
  readonly filter: UnitCountFilter;

  constructor(records: readonly ResolutionRecord[], places: PlaceGazetteer, o: ResolutionOptions) {
    this.records = records.map((r) => prepareRecord(r, places));
    this.facts = this.records.map(boundFacts);
    this.grams = gramCounts(this.records);
    this.index = new CandidateIndex(this.records, o.maxPosting, o.blockSize);
    this.filter = new UnitCountFilter(this.records, this.facts);
  }
}

function gramCounts(records: readonly PreparedRecord[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const r of records) for (const g of r.grams) df.set(g, (df.get(g) ?? 0) + 1);
  return df;
}

function decide(score: number, o: ResolutionOptions): MatchDecision {
  if (score >= o.matchAt) return 'match';
  return score >= o.reviewAt ? 'review' : 'distinct';
}

interface Best {
  j: number;
  score: number;
  reasons: string[];
  second: number;
}

/**
 * The blocking candidates of l worth scoring: those the shared-unit counts
 * and then the pair's bound let through (a record the counts cannot bound:
 * every candidate, each bounded).
 */
function worthScoring(
  l: PreparedRecord,
  lf: BoundFacts,
  right: PreparedRight,
  o: ResolutionOptions,
  floor: number,
): { list: number[]; seen: number } {
  const bounded = (j: number) =>
    scoreUpperBound(l, right.records[j], lf, right.facts[j], o) >= floor;
  if (!UnitCountFilter.applies(lf)) {
    const all = o.blocking ? right.index.candidates(l) : right.records.map((_, j) => j);
    return { list: all.filter(bounded), seen: all.length };
  }
  const bonus = Math.max(0, o.cityBonus, o.regionBonus) + Math.max(0, o.industryBonus);
  const passing = right.filter.passing(l, lf, floor - bonus);
  let test: ((j: number) => boolean) | undefined;
  const list: number[] = [];
  for (const j of passing) {
    if (!bounded(j)) continue;
    test ??= o.blocking ? right.index.isCandidate(l) : () => true;
    if (test(j)) list.push(j);
  }
  return { list, seen: passing.length };
}

/** One left record's best candidate and runner-up among those its bound lets through. */
function bestOf(
  l: PreparedRecord,
  right: PreparedRight,
  o: ResolutionOptions,
  common: (core: string) => boolean,
  asked: { now: boolean },
  tally: { seen: number; scored: number },
): Best | undefined {
  asked.now = false;
  const lf = boundFacts(l);
  const floor = o.reviewAt - o.margin - 1e-9;
  const ctx = { options: o, common };
  let best: Best | undefined;
  const candidates = worthScoring(l, lf, right, o, floor);
  tally.seen += candidates.seen;
  tally.scored += candidates.list.length;
  for (const j of candidates.list) {
    const s = scorePair(l, right.records[j], ctx);
    if (!best) best = { j, score: s.score, reasons: s.reasons, second: -1 };
    else if (s.score > best.score || (s.score === best.score && j < best.j)) {
      best = { ...best, second: best.score, j, score: s.score, reasons: s.reasons };
    } else best.second = Math.max(best.second, s.score);
  }
  return best;
}

export function resolveAboveFloor(
  leftRecords: readonly ResolutionRecord[],
  right: PreparedRight,
  places: PlaceGazetteer,
  options: Partial<ResolutionOptions> = {},
  counts?: LeftGramCounts,
): AboveFloorResult {
  const o = { ...DEFAULT_RESOLUTION_OPTIONS, ...options };
  const left = leftRecords.map((r) => prepareRecord(r, places));
  const leftGrams = gramCounts(left);
  const df = new Map(right.grams);
  for (const [g, n] of counts?.counts ?? leftGrams) df.set(g, (df.get(g) ?? 0) + n);
  const asked = { now: false };
  const common = (core: string) => {
    if (core.length > 2 || GENERIC_WORDS.has(core)) return core.length <= 2;
    asked.now = true;
    return (df.get(core) ?? 0) > o.commonCount;
  };
  const pairs: ResolvedPair[] = [];
  const countDependent: string[] = [];
  const tally = { seen: 0, scored: 0 };
  for (const l of left) {
    const b = bestOf(l, right, o, common, asked, tally);
    if (asked.now) countDependent.push(l.record.id);
    if (!b || b.score < o.reviewAt) continue;
    const reasons = b.second > b.score - o.margin ? [...b.reasons, 'ambiguous'] : b.reasons;
    let decision = decide(b.score, o);
    if (decision === 'match' && reasons.includes('ambiguous')) decision = 'review';
    pairs.push({
      leftId: l.record.id,
      rightId: right.records[b.j].record.id,
      score: Math.round(Math.min(1, b.score) * 1000) / 1000,
      decision,
      reasons,
    });
  }
  return { pairs, comparisons: tally.scored, candidates: tally.seen, leftGrams, countDependent };
}
