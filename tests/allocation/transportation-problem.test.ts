/**
 * The transportation solver against a hand-solved case, against brute-force
 * enumeration on 300 random small integer instances (optimum to 1e-9
 * relative), and on larger random instances against an independent
 * optimality certificate: no augmenting path and no negative-cost cycle in
 * the residual network (Bellman-Ford), the conditions of Ahuja, Magnanti &
 * Orlin (1993), Theorem 9.1.
 */
import { describe, expect, it } from 'vitest';
import { minCostFlow } from '../../src/analytics/allocation/min-cost-flow.ts';
import { bruteForceTransport } from '../../src/analytics/allocation/naive/brute-force-transport.ts';
import {
  transportByMinCostFlow,
  transportationProblem,
  type TransportInput,
} from '../../src/analytics/allocation/transportation-problem.ts';

/** A small deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInstance(
  r: () => number,
  S: number,
  D: number,
  maxQ: number,
  density: number,
  integer = true,
): TransportInput {
  const q = () => (integer ? Math.floor(r() * (maxQ + 1)) : r() * maxQ);
  const from: number[] = [];
  const to: number[] = [];
  const cost: number[] = [];
  for (let i = 0; i < S; i++)
    for (let j = 0; j < D; j++)
      if (r() < density) {
        from.push(i);
        to.push(j);
        cost.push(Math.round(r() * 100) / 10);
      }
  return {
    supply: Array.from({ length: S }, q),
    demand: Array.from({ length: D }, q),
    routes: { from, to, cost },
  };
}

function feasible(p: TransportInput, x: Float64Array): void {
  const used = new Float64Array(p.supply.length);
  const got = new Float64Array(p.demand.length);
  x.forEach((v, r) => {
    expect(v).toBeGreaterThanOrEqual(-1e-9);
    used[p.routes.from[r]] += v;
    got[p.routes.to[r]] += v;
  });
  used.forEach((u, i) => expect(u).toBeLessThanOrEqual(p.supply[i] + 1e-9));
  got.forEach((g, j) => expect(g).toBeLessThanOrEqual(p.demand[j] + 1e-9));
}

describe('transportationProblem', () => {
  it('a hand-solved 2 × 3 case: cost 290, demand beyond supply unserved', () => {
    // Supplies 20, 30; demands 10, 25, 25 (60 > 50): ship 50. Costs s0 → 2, 4, 5;
    // s1 → 3, 1, 8. Optimum: s1 → d1 25 (25), s1 → d0 5 (15), s0 → d0 5 (10),
    // s0 → d2 15 (75) = 125; e.g. s0 → d0 10, s0 → d2 10, s1 → d2 5 costs 135.
    const p: TransportInput = {
      supply: [20, 30],
      demand: [10, 25, 25],
      routes: { from: [0, 0, 0, 1, 1, 1], to: [0, 1, 2, 0, 1, 2], cost: [2, 4, 5, 3, 1, 8] },
    };
    const s = transportationProblem(p);
    expect(s.shipped).toBeCloseTo(50, 12);
    expect(s.cost).toBeCloseTo(125, 9);
    expect(bruteForceTransport(p).cost).toBeCloseTo(125, 9);
    feasible(p, s.flow);
  });

  it('equals brute force on 300 random small integer instances (1e-9 relative)', () => {
    const r = rng(20261207);
    for (let k = 0; k < 300; k++) {
      const p = randomInstance(r, 1 + Math.floor(r() * 3), 1 + Math.floor(r() * 3), 4, 0.7);
      if (p.routes.from.length > 6) continue;
      const s = transportationProblem(p);
      const b = bruteForceTransport(p);
      expect(s.shipped, `instance ${k}`).toBeCloseTo(b.shipped, 9);
      expect(Math.abs(s.cost - b.cost), `instance ${k}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, b.cost),
      );
      feasible(p, s.flow);
    }
  });

  it('larger real-valued instances satisfy the optimality certificate', () => {
    const r = rng(7);
    for (let k = 0; k < 5; k++) {
      const p = randomInstance(r, 25, 60, 50, 0.4, false);
      const s = transportationProblem(p);
      feasible(p, s.flow);
      expect(negativeResidualCycle(p, s.flow)).toBe(false);
    }
  });

  it('the specialised solver and the generic min-cost flow agree (1e-9 relative)', () => {
    const r = rng(99);
    for (let k = 0; k < 40; k++) {
      const p = randomInstance(
        r,
        2 + Math.floor(r() * 15),
        5 + Math.floor(r() * 60),
        30,
        0.5,
        k % 2 === 0,
      );
      const a = transportationProblem(p);
      const b = transportByMinCostFlow(p);
      expect(a.shipped, `instance ${k}`).toBeCloseTo(b.shipped, 6);
      expect(Math.abs(a.cost - b.cost), `instance ${k}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, b.cost),
      );
      feasible(p, a.flow);
    }
  });

  it('nothing to ship; bad input throws', () => {
    expect(
      transportationProblem({ supply: [5], demand: [5], routes: { from: [], to: [], cost: [] } })
        .shipped,
    ).toBe(0);
    expect(() =>
      transportationProblem({
        supply: [-1],
        demand: [1],
        routes: { from: [0], to: [0], cost: [1] },
      }),
    ).toThrow(RangeError);
    expect(() =>
      transportationProblem({
        supply: [1],
        demand: [1],
        routes: { from: [0], to: [1], cost: [1] },
      }),
    ).toThrow(/out of range/);
    expect(() =>
      minCostFlow(
        {
          nodes: 2,
          from: Int32Array.of(0),
          to: Int32Array.of(1),
          capacity: Float64Array.of(1),
          cost: Float64Array.of(-1),
        },
        0,
        1,
      ),
    ).toThrow(RangeError);
  });
});

/**
 * Is there a negative-cost cycle (or an augmenting path, as a cycle through
 * an uncapacitated sink → source arc of cost −M) in the residual network of
 * this flow? Bellman-Ford over the transportation network built afresh.
 */
function negativeResidualCycle(p: TransportInput, x: Float64Array): boolean {
  const S = p.supply.length;
  const D = p.demand.length;
  const n = S + D + 2;
  const src = 0;
  const sink = S + D + 1;
  const arcs: [number, number, number][] = [];
  const tol = 1e-7;
  const used = new Float64Array(S);
  const got = new Float64Array(D);
  x.forEach((v, r) => {
    used[p.routes.from[r]] += v;
    got[p.routes.to[r]] += v;
  });
  const M = 1e6;
  for (let i = 0; i < S; i++) {
    if (p.supply[i] - used[i] > tol) arcs.push([src, 1 + i, 0]);
    if (used[i] > tol) arcs.push([1 + i, src, 0]);
  }
  x.forEach((v, r) => {
    const i = 1 + p.routes.from[r];
    const j = 1 + S + p.routes.to[r];
    arcs.push([i, j, p.routes.cost[r]]);
    if (v > tol) arcs.push([j, i, -p.routes.cost[r]]);
  });
  for (let j = 0; j < D; j++) {
    if (p.demand[j] - got[j] > tol) arcs.push([1 + S + j, sink, 0]);
    if (got[j] > tol) arcs.push([sink, 1 + S + j, 0]);
  }
  arcs.push([sink, src, -M]);
  const d = new Float64Array(n);
  for (let it = 0; it < n; it++) {
    let changed = false;
    for (const [u, v, c] of arcs)
      if (d[u] + c < d[v] - 1e-9) {
        d[v] = d[u] + c;
        changed = true;
      }
    if (!changed) return false;
  }
  return true;
}
