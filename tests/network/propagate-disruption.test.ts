import { describe, expect, it } from 'vitest';
import {
  propagateDisruption,
  type SupplyEdge,
} from '../../src/analytics/network/resilience/propagate-disruption.ts';

/** The disruption rule on small chains, against hand-worked figures and a slow re-computation. */
const e = (supplier: number, customer: number, product: number, value = 1): SupplyEdge => ({
  supplier,
  customer,
  product,
  value,
});

describe('propagateDisruption', () => {
  it('hits the customers of a single-source supplier by their share of inputs, not those with alternatives', () => {
    // 0 makes product 0 alone; 1 and 2 both make product 1; 3 buys 0 (value 3) and 1 from 1 (value 1).
    const edges = [e(0, 3, 0, 3), e(1, 3, 1, 1), e(2, 4, 1, 1)];
    const d = propagateDisruption(5, edges, [0], { bufferDays: 0, horizonDays: 30, failAt: 0.9 });
    expect(d.loss[3]).toBeCloseTo(0.75, 15);
    expect(d.failed[3]).toBe(0);
    const alt = propagateDisruption(5, edges, [1], { bufferDays: 0, horizonDays: 30, failAt: 0.9 });
    expect(alt.loss[3]).toBe(0); // 2 still makes product 1
  });

  it('lets a stock buffer bridge part of the horizon', () => {
    const edges = [e(0, 1, 0, 2)];
    expect(
      propagateDisruption(2, edges, [0], { bufferDays: 15, horizonDays: 30, failAt: 1 }).loss[1],
    ).toBeCloseTo(0.5, 15);
    expect(
      propagateDisruption(2, edges, [0], { bufferDays: 45, horizonDays: 30, failAt: 1 }).loss[1],
    ).toBe(0);
  });

  it('cascades down a chain and stops on cycles', () => {
    // 0 → 1 → 2 → 3, single products; and a cycle 3 → 1 of another product.
    const edges = [e(0, 1, 0), e(1, 2, 1), e(2, 3, 2), e(3, 1, 3, 0.1)];
    const d = propagateDisruption(4, edges, [0], { bufferDays: 0, horizonDays: 30, failAt: 0.5 });
    expect([...d.failed]).toEqual([1, 1, 1, 1]);
    expect(d.rounds).toBeLessThanOrEqual(5);
  });

  it('equals a slow re-computation on random networks', () => {
    let s = 3;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 20; t++) {
      const n = 30;
      const edges: SupplyEdge[] = [];
      for (let k = 0; k < 60; k++)
        edges.push(
          e(
            Math.floor(rnd() * n),
            Math.floor(rnd() * n),
            Math.floor(rnd() * 8),
            1 + Math.floor(rnd() * 5),
          ),
        );
      const removed = [Math.floor(rnd() * n), Math.floor(rnd() * n)];
      const fast = propagateDisruption(n, edges, removed, {
        bufferDays: 5,
        horizonDays: 30,
        failAt: 0.4,
      });
      // Slow: recompute everything from scratch each round with plain arrays.
      const failed = new Set(removed);
      for (;;) {
        const before = failed.size;
        const covered = new Set(edges.filter((x) => !failed.has(x.supplier)).map((x) => x.product));
        for (let c = 0; c < n; c++) {
          if (failed.has(c)) continue;
          const mine = edges.filter((x) => x.customer === c);
          const tot = mine.reduce((a, x) => a + x.value, 0);
          const lost = mine
            .filter((x) => failed.has(x.supplier) && !covered.has(x.product))
            .reduce((a, x) => a + x.value, 0);
          if (tot > 0 && (lost / tot) * (1 - 5 / 30) >= 0.4 && lost > 0) failed.add(c);
        }
        if (failed.size === before) break;
      }
      expect([...fast.failed].flatMap((f, i) => (f ? [i] : []))).toEqual(
        [...failed].sort((a, b) => a - b),
      );
    }
  });
});

describe('resilienceCurve', () => {
  it('keeps everything at 0, falls as more suppliers fail, and repeats by seed', async () => {
    const { resilienceCurve } =
      await import('../../src/analytics/network/resilience/resilience-curve.ts');
    let s = 9;
    const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
    const edges: SupplyEdge[] = [];
    for (let k = 0; k < 120; k++)
      edges.push(e(Math.floor(rnd() * 40), Math.floor(rnd() * 40), Math.floor(rnd() * 15), 1));
    const opts = {
      bufferDays: 0,
      horizonDays: 30,
      failAt: 0.5,
      shares: [0, 0.1, 0.3, 0.6],
      runs: 20,
      seed: 4,
    };
    const c = resilienceCurve(40, edges, opts);
    expect(c[0]).toMatchObject({ failed: 0, mean: 1, min: 1, max: 1 });
    for (let i = 1; i < c.length; i++) expect(c[i].mean).toBeLessThanOrEqual(c[i - 1].mean + 1e-12);
    for (const p of c) expect(p.min <= p.mean && p.mean <= p.max).toBe(true);
    expect(resilienceCurve(40, edges, opts)).toEqual(c);
  });
});
