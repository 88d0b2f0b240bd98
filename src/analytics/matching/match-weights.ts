/**
 * The parts of a match score and their default weights.
 *
 * Formula   score = Σ_k w_k · v_k, every part value v_k ∈ [0, 1] (match-score.ts).
 * Conventions text relevance leads (a supplier must make the thing); chain-node
 *           fit, distance, past links and the shared pool follow; size and tags
 *           only break near-ties. The defaults sum to 1, so a score reads as a
 *           share of a perfect match; callers may pass any non-negative weights.
 * References Robertson & Zaragoza (2009) FnTIR 3(4) §3.7 (combining BM25 with
 *           non-textual evidence by weighted sums of saturated features).
 */
export const MATCH_PARTS = ['text', 'node', 'distance', 'size', 'tags', 'past', 'pool'] as const;
export type MatchPart = (typeof MATCH_PARTS)[number];
export type MatchWeights = Record<MatchPart, number>;

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = {
  text: 0.4,
  node: 0.15,
  distance: 0.15,
  size: 0.05,
  tags: 0.05,
  past: 0.1,
  pool: 0.1,
};

/** Tag bits of a candidate (MatchCandidates.tagBits). */
export const TAG_LITTLE_GIANT = 1;
export const TAG_SINGLE_CHAMPION = 2;
export const TAG_SPECIALISED_SME = 4;

/** Size classes (MatchCandidates.sizeClass). */
export const SIZE_UNKNOWN = 0;
export const SIZE_SME = 1;
export const SIZE_LARGE = 2;
export type SizeName = 'sme' | 'large';
