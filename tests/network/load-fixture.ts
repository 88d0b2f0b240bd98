/** Reads a fixture edge list (tests/fixtures/network/*.csv) and its expected values. */
import { readFileSync } from 'node:fs';
import type { CsrGraph } from '../../src/analytics/network/csr-graph.ts';
import { csrFromLabelledEdges } from '../../src/analytics/network/csr-from-labelled-edges.ts';

const dir = new URL('../fixtures/network/', import.meta.url);

export interface Expected {
  directed: boolean;
  weighted: boolean;
  nodes: string[];
  [metric: string]: unknown;
}

export const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  Expected
>;

export function fixtureGraph(name: string): CsrGraph {
  const e = expected[name];
  const lines = readFileSync(new URL(`${name}.csv`, dir), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const rows = lines.map((l) => l.split(','));
  return csrFromLabelledEdges({
    sources: rows.map((r) => r[0]),
    targets: rows.map((r) => r[1]),
    weights: e.weighted ? rows.map((r) => Number(r[2])) : null,
    directed: e.directed,
  });
}

/** Our values re-ordered to the expected file's node order. */
export function byExpectedOrder(g: CsrGraph, name: string, values: ArrayLike<number>): number[] {
  const pos = new Map(g.labels.map((l, i) => [l, i]));
  return expected[name].nodes.map((label) => values[pos.get(label) as number]);
}
