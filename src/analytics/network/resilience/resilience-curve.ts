/**
 * Resilience curve: how much of the network's input value survives when a
 * growing share of the organisations fails at random.
 *
 * For each failure share f in `shares` and each of `runs` seeded draws, fail
 * round(f · n_s) organisations chosen uniformly among the suppliers (n_s of
 * them), propagate (propagate-disruption.ts) and measure
 *   kept = 1 − Σ_c in_c · L_c / Σ_c in_c
 * over every organisation c with inputs (in_c its total input value; the
 * failed count with L_c = 1). The curve gives the mean, minimum and maximum
 * of `kept` over the runs. A network whose curve falls slowly is resilient;
 * one that drops at small f depends on few suppliers.
 * Conventions: draws are without replacement, seeded (Mulberry32 via
 * seeded-random.ts), so a curve is reproducible.
 * Cost: O(|shares| · runs · rounds · m).
 */
import { seededRandom, shuffledRange } from '../seeded-random.ts';
import {
  propagateDisruption,
  type DisruptionOptions,
  type SupplyEdge,
} from './propagate-disruption.ts';

export interface CurvePoint {
  share: number;
  failed: number;
  mean: number;
  min: number;
  max: number;
}

export function resilienceCurve(
  n: number,
  edges: readonly SupplyEdge[],
  opts: DisruptionOptions & { shares: readonly number[]; runs: number; seed: number },
): CurvePoint[] {
  const totalIn = new Float64Array(n);
  for (const e of edges) totalIn[e.customer] += e.value;
  const all = totalIn.reduce((a, b) => a + b, 0);
  const suppliers = [...new Set(edges.map((e) => e.supplier))].sort((a, b) => a - b);
  const rand = seededRandom(opts.seed);
  return opts.shares.map((share) => {
    const k = Math.round(share * suppliers.length);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let r = 0; r < opts.runs; r++) {
      const order = shuffledRange(suppliers.length, rand);
      const removed = Array.from(order.subarray(0, k), (i) => suppliers[i]);
      const d = propagateDisruption(n, edges, removed, opts);
      let lost = 0;
      for (let c = 0; c < n; c++) lost += totalIn[c] * d.loss[c];
      const kept = all > 0 ? 1 - lost / all : 1;
      sum += kept;
      if (kept < min) min = kept;
      if (kept > max) max = kept;
    }
    return { share, failed: k, mean: sum / opts.runs, min, max };
  });
}
