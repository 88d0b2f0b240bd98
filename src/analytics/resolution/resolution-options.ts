/**
 * The options of entity resolution, with their defaults and why.
 *
 * matchAt      0.85  a pair scoring at least this is the same organisation:
 *              an equal normalised name (1.0), or a short name contained in
 *              the other (≥ 0.85) with no disagreement of place.
 * reviewAt     0.60  between reviewAt and matchAt a person decides (the review
 *              queue); below it the pair is distinct.
 * margin       0.04  a best candidate less than this above the second best is
 *              ambiguous: its decision drops from match to review.
 * oneToOne     true  when both sides are lists of distinct organisations (two
 *              registries), each right record is matched to one left record
 *              at most, the best-scoring pair first.
 * maxPosting   400   a name bigram shared by more records than this (科技,
 *              股份) is too common to propose candidates by itself.
 * blockSize    60    a region-and-industry block proposes all its records as
 *              candidates only when it holds at most this many.
 * commonCount 8     a two-character core held by more names than this (能源,
 *              医药, 发展) names no one firm: it is compared with its place
 *              (湖北能源), never alone.
 * blocking    true  false scores every pair (the slow, obvious version the tests
 *              and the benchmark compare the blocked one with).
 * Region and industry move a name's score by small amounts (regionBonus,
 *              regionPenalty, industryBonus, industryPenalty); a same USCC or
 *              stock code is a match whatever the name, a different USCC is
 *              distinct whatever the name.
 * Measured on the Shenzhen exchange's 2,875 full legal names against 5,448
 * listed firms' short names (bench/resolve.bench.ts).
 */

export interface ResolutionOptions {
  matchAt: number;
  reviewAt: number;
  margin: number;
  oneToOne: boolean;
  maxPosting: number;
  blockSize: number;
  commonCount: number;
  blocking: boolean;
  regionBonus: number;
  cityBonus: number;
  regionPenalty: number;
  industryBonus: number;
  industryPenalty: number;
}

export const DEFAULT_RESOLUTION_OPTIONS: Readonly<ResolutionOptions> = Object.freeze({
  matchAt: 0.85,
  reviewAt: 0.6,
  margin: 0.04,
  oneToOne: true,
  maxPosting: 400,
  blockSize: 60,
  commonCount: 8,
  blocking: true,
  regionBonus: 0.04,
  cityBonus: 0.07,
  regionPenalty: 0.15,
  industryBonus: 0.03,
  industryPenalty: 0.03,
});

export type MatchDecision = 'match' | 'review' | 'distinct';
