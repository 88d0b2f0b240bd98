/** Empty graphs, graphs without edges, isolated nodes: defined values, never a crash. */
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/analytics/network/betweenness.ts';
import { buildCsr } from '../../src/analytics/network/build-csr.ts';
import { burtConstraint } from '../../src/analytics/network/burt-constraint.ts';
import { connectedComponents } from '../../src/analytics/network/connected-components.ts';
import { coreness } from '../../src/analytics/network/coreness.ts';
import { density } from '../../src/analytics/network/density.ts';
import { harmonicCloseness } from '../../src/analytics/network/harmonic-closeness.ts';
import { localClustering } from '../../src/analytics/network/local-clustering.ts';
import { louvain } from '../../src/analytics/network/louvain.ts';
import { pagerank } from '../../src/analytics/network/pagerank.ts';
import { stronglyConnectedComponents } from '../../src/analytics/network/strongly-connected-components.ts';

describe('degenerate graphs', () => {
  it('n = 0', () => {
    const g = buildCsr({ n: 0, sources: [], targets: [], directed: false });
    expect(pagerank(g).scores).toHaveLength(0);
    expect(connectedComponents(g).count).toBe(0);
    expect(stronglyConnectedComponents(g).count).toBe(0);
    expect(coreness(g)).toHaveLength(0);
    expect(louvain(g).membership).toHaveLength(0);
    expect(density(g)).toBeNaN();
  });
  it('nodes without edges', () => {
    const g = buildCsr({ n: 3, sources: [], targets: [], directed: true });
    expect([...pagerank(g).scores]).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(connectedComponents(g).count).toBe(3);
    expect([...coreness(g)]).toEqual([0, 0, 0]);
    const l = louvain(g);
    expect(l.modularity).toBeNaN();
    expect(l.count).toBe(3);
    expect([...localClustering(g)].every(Number.isNaN)).toBe(true);
    expect([...localClustering(g, { lowDegree: 'zero' })]).toEqual([0, 0, 0]);
    expect([...burtConstraint(g)].every(Number.isNaN)).toBe(true);
    expect([...betweenness(g)]).toEqual([0, 0, 0]);
    expect([...harmonicCloseness(g)]).toEqual([0, 0, 0]);
    expect(density(g)).toBe(0);
  });
  it('a self-loop counts 2 in an undirected degree and is ignored by coreness and paths', () => {
    const g = buildCsr({ n: 2, sources: [0, 0], targets: [0, 1], directed: false });
    expect(g.offsets[1] - g.offsets[0]).toBe(3);
    expect([...coreness(g)]).toEqual([1, 1]);
    expect([...harmonicCloseness(g)]).toEqual([1, 1]);
  });
  it('rejects ids out of range', () => {
    expect(() => buildCsr({ n: 2, sources: [0], targets: [2], directed: false })).toThrow(
      RangeError,
    );
  });
});
