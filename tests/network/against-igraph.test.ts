/**
 * Each algorithm against python-igraph 0.10.2 / networkx 2.8.8 on published
 * graphs (Zachary's karate club, Padgett's Florentine families, Knuth's
 * Les Misérables) and two small SYNTHETIC digraphs; values and the script in
 * tests/fixtures/network/ (README: tolerances).
 */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/analytics/network/betweenness.ts';
import { burtConstraint } from '../../src/analytics/network/burt-constraint.ts';
import { connectedComponents } from '../../src/analytics/network/connected-components.ts';
import { coreness } from '../../src/analytics/network/coreness.ts';
import { degree, strength } from '../../src/analytics/network/degree.ts';
import { density } from '../../src/analytics/network/density.ts';
import { harmonicCloseness } from '../../src/analytics/network/harmonic-closeness.ts';
import { localClustering } from '../../src/analytics/network/local-clustering.ts';
import { louvain } from '../../src/analytics/network/louvain.ts';
import { modularity } from '../../src/analytics/network/modularity.ts';
import { pagerank } from '../../src/analytics/network/pagerank.ts';
import { stronglyConnectedComponents } from '../../src/analytics/network/strongly-connected-components.ts';
import { byExpectedOrder, expected, fixtureGraph } from './load-fixture.ts';

const TOL = 1e-9;

function close(actual: number[], want: (number | null)[], tol = TOL): void {
  expect(actual).toHaveLength(want.length);
  actual.forEach((a, i) => {
    const w = want[i];
    if (w === null) expect(a, `index ${i}`).toBeNaN();
    else
      expect(Math.abs(a - w), `index ${i}: ${a} vs ${w}`).toBeLessThanOrEqual(
        tol * Math.max(1, Math.abs(w)),
      );
  });
}

/** Same partition up to renaming of the labels. */
function samePartition(a: number[], b: number[]): void {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  a.forEach((x, i) => {
    expect(ab.get(x) ?? b[i]).toBe(b[i]);
    expect(ba.get(b[i]) ?? x).toBe(x);
    ab.set(x, b[i]);
    ba.set(b[i], x);
  });
}

for (const name of Object.keys(expected)) {
  const e = expected[name];
  describe(`${name} (${e.directed ? 'directed' : 'undirected'}${e.weighted ? ', weighted' : ''})`, () => {
    const g = fixtureGraph(name);
    const ours = (v: ArrayLike<number>) => byExpectedOrder(g, name, v);

    it('has the nodes of the fixture', () => {
      expect([...g.labels].sort()).toEqual([...e.nodes].sort());
    });
    it('degree and strength', () => {
      expect(ours(degree(g))).toEqual(e.degree);
      close(ours(strength(g)), e.strength as number[]);
    });
    it('PageRank to 1e-9 (PRPACK)', () => {
      const r = pagerank(g);
      expect(r.converged).toBe(true);
      close(ours(r.scores), e.pagerank as number[]);
    });
    it('weak and strong components exactly', () => {
      samePartition(ours(connectedComponents(g).membership), e.weak_membership as number[]);
      samePartition(
        ours(stronglyConnectedComponents(g).membership),
        e.strong_membership as number[],
      );
    });
    it('coreness exactly', () => {
      expect(ours(coreness(g))).toEqual(e.coreness);
    });
    it('betweenness to 1e-9 (weighted and not)', () => {
      close(ours(betweenness(g)), e.betweenness as number[]);
      close(ours(betweenness(g, { weighted: false })), e.betweenness_unweighted as number[]);
    });
    it('harmonic closeness to 1e-9', () => {
      close(ours(harmonicCloseness(g)), e.harmonic as number[]);
      close(ours(harmonicCloseness(g, { weighted: false })), e.harmonic_unweighted as number[]);
    });
    it('local clustering to 1e-9', () => {
      close(ours(localClustering(g)), e.clustering as (number | null)[]);
    });
    it("Burt's constraint to 1e-9 (networkx and igraph)", () => {
      close(ours(burtConstraint(g)), e.constraint as (number | null)[]);
      close(ours(burtConstraint(g)), e.igraph_constraint as (number | null)[]);
    });
    it('density', () => {
      close([density(g)], [e.density as number]);
    });
    if (!e.directed)
      it('Louvain: mean modularity over 10 seeds within 1% of igraph mean over 20 runs', () => {
        let sum = 0;
        for (let seed = 0; seed < 10; seed++) {
          const r = louvain(g, { seed });
          expect(Math.abs(modularity(g, r.membership) - r.modularity)).toBeLessThan(1e-12);
          expect(r.modularity).toBeLessThanOrEqual(
            (e.louvain_igraph_modularity_best_of_20 as number) + 1e-9,
          );
          sum += r.modularity;
        }
        const mean = e.louvain_igraph_modularity_mean_of_20 as number;
        expect(Math.abs(sum / 10 - mean) / mean).toBeLessThan(0.01);
      });
  });
}
