/**
 * A slow check for due-period allocation (due-period-allocation.ts), written
 * independently of its time-expanded network: one product, variables x_ij
 * (member i, order j) only, and per member the cumulative bounds of earliest
 * due first — Σ_{j: due_j ≤ k} x_ij ≤ cap_i · (k − first_i + 1)⁺ for every
 * due period k — in CPLEX LP text solved by HiGHS in two stages (most served,
 * then least cost at that quantity). For tests; slow and obvious.
 */
import type { Highs } from 'highs';

export interface CumulativeDueInstance {
  /** Per member: capacity per period and first period. */
  capacity: number[];
  first: number[];
  /** Per order: quantity and due period. */
  quantity: number[];
  due: number[];
  /** cost[i][j]: yuan per unit from member i to order j. */
  cost: number[][];
}

export function cumulativeDueLp(
  highs: Highs,
  p: CumulativeDueInstance,
): { served: number; cost: number } {
  const m = p.capacity.length;
  const n = p.quantity.length;
  const x = (i: number, j: number) => `x_${i}_${j}`;
  const all = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => x(i, j)));
  const rows: string[] = [];
  for (let j = 0; j < n; j++)
    rows.push(` o${j}: ${all.map((r) => r[j]).join(' + ')} <= ${p.quantity[j]}`);
  const levels = [...new Set(p.due)].sort((a, b) => a - b);
  for (let i = 0; i < m; i++)
    for (const k of levels) {
      const cols = p.due.flatMap((d, j) => (d <= k ? [x(i, j)] : []));
      const bound = p.capacity[i] * Math.max(0, k - p.first[i] + 1);
      rows.push(` m${i}_${k}: ${cols.join(' + ')} <= ${bound}`);
    }
  const sum = all.flat().join(' + ');
  const stage1 = highs.solve(`Maximize\n obj: ${sum}\nSubject To\n${rows.join('\n')}\nEnd\n`);
  if (stage1.Status !== 'Optimal') throw new Error(`stage 1: ${stage1.Status}`);
  const served = stage1.ObjectiveValue;
  const costTerms = all.flatMap((r, i) => r.map((c, j) => `${p.cost[i][j]} ${c}`)).join(' + ');
  const stage2 = highs.solve(
    `Minimize\n obj: ${costTerms}\nSubject To\n${rows.join('\n')}\n served: ${sum} >= ${served * (1 - 1e-12)}\nEnd\n`,
  );
  if (stage2.Status !== 'Optimal') throw new Error(`stage 2: ${stage2.Status}`);
  return { served, cost: stage2.ObjectiveValue };
}
