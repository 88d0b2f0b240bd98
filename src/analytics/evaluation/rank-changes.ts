/**
 * Ranks and scores followed over years: for each alternative and year, the
 * change of rank and score since the previous year scored and since the
 * base year, and the score's growth since the base year.
 *
 * Formula   Δrank = rank^{prev} − rank^{t} (positive = moved up);
 *           Δscore = S^t − S^{prev}; growth = (S^t − S^b) / |S^b|
 *           (null when S^b = 0). With Monte-Carlo intervals, the change's
 *           interval is [low^{prev} − high^t, high^{prev} − low^t]: the
 *           widest move the two years' rank intervals allow.
 * Conventions "previous" is the previous year in which the alternative was
 *           scored; an alternative absent from a year has no row for it and
 *           null changes where it has no earlier year. Base = the base year
 *           given, else the first year.
 * Edge cases a rank change between years of different field sizes is still
 *           a rank change (the rows say `of`).
 * Cost      O(Y · m).
 */
import type { YearResult } from './evaluate-years.ts';

export interface RankChangeRow {
  alternative: string;
  year: number;
  score: number;
  rank: number;
  of: number;
  rankLow: number | null;
  rankHigh: number | null;
  /** Since the previous year scored: positive = moved up. */
  rankChange: number | null;
  rankChangeLow: number | null;
  rankChangeHigh: number | null;
  scoreChange: number | null;
  /** Since the base year. */
  rankChangeBase: number | null;
  scoreChangeBase: number | null;
  scoreGrowthBase: number | null;
}

interface Seen {
  rank: number;
  score: number;
  low: number | null;
  high: number | null;
}

export function rankChanges(
  years: readonly YearResult[],
  baseYear?: number | null,
): RankChangeRow[] {
  const base = baseYear ?? years[0]?.year;
  const last = new Map<string, Seen>();
  const atBase = new Map<string, Seen>();
  const out: RankChangeRow[] = [];
  for (const y of years) {
    const r = y.result;
    r.alternatives.forEach((a, i) => {
      const iv = y.intervals?.[i];
      const now: Seen = {
        rank: r.ranks[i],
        score: r.scores[i],
        low: iv ? iv.rankLow : null,
        high: iv ? iv.rankHigh : null,
      };
      const prev = last.get(a);
      const b = atBase.get(a);
      const withIntervals = prev && prev.low !== null && now.low !== null;
      out.push({
        alternative: a,
        year: y.year,
        score: now.score,
        rank: now.rank,
        of: r.alternatives.length,
        rankLow: now.low,
        rankHigh: now.high,
        rankChange: prev ? prev.rank - now.rank : null,
        rankChangeLow: withIntervals ? (prev.low as number) - (now.high as number) : null,
        rankChangeHigh: withIntervals ? (prev.high as number) - (now.low as number) : null,
        scoreChange: prev ? now.score - prev.score : null,
        rankChangeBase: b && y.year !== base ? b.rank - now.rank : null,
        scoreChangeBase: b && y.year !== base ? now.score - b.score : null,
        scoreGrowthBase:
          b && y.year !== base && b.score !== 0 ? (now.score - b.score) / Math.abs(b.score) : null,
      });
      last.set(a, now);
      if (y.year === base) atBase.set(a, now);
    });
  }
  return out;
}
