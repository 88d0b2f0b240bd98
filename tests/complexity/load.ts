import { readFileSync } from 'node:fs';
import { matrixFromLong } from '../../src/analytics/matrix/matrix-from-long.ts';
import {
  regionIndustryMatrix,
  type RegionIndustryMatrix,
} from '../../src/analytics/matrix/region-industry-matrix.ts';
import type { YearCell } from '../../src/analytics/complexity/complexity-metric.ts';

/** The shared inputs, read by a path relative to the repo root. */
export const DATA = new URL('../../../shared/data/metrics-inputs/', import.meta.url);
export const FIXTURES = new URL('../fixtures/complexity/', import.meta.url);

function csv(url: URL): string[][] {
  return readFileSync(url, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

/** Rows of a fixture CSV as objects. */
export function fixture(name: string): Record<string, string>[] {
  const [head, ...rows] = csv(new URL(name, FIXTURES));
  return rows.map((r) => Object.fromEntries(head.map((h, k) => [h, r[k]])));
}

/** trade_sample_1995_1996.csv as year cells (origin → region, hs92 → industry). */
export function tradeCells(): YearCell[] {
  return csv(new URL('trade_sample_1995_1996.csv', DATA))
    .slice(1)
    .map(([year, region, industry, v]) => ({ year, region, industry, value: Number(v) }));
}

export function tradeYear(year: string): RegionIndustryMatrix {
  return matrixFromLong(tradeCells().filter((c) => c.year === year)).matrix;
}

export function loadMatrix(name: string) {
  return matrixFromLong(
    csv(new URL(name, DATA))
      .slice(1)
      .map(([region, industry, value]) => ({ region, industry, value: Number(value) })),
  );
}

/** A matrix from rows of numbers (labels r0…, i0…). */
export function matrixOf(rows: number[][]): RegionIndustryMatrix {
  return regionIndustryMatrix(
    rows.map((_, r) => `r${r}`),
    rows[0].map((_, i) => `i${i}`),
    Float64Array.from(rows.flat()),
  );
}

/** mulberry32. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded skewed matrix, `fill` of the cells non-zero. */
export function synthetic(R: number, I: number, seed: number, fill = 0.3): number[][] {
  const rand = rng(seed);
  return Array.from({ length: R }, () =>
    Array.from({ length: I }, () => (rand() < fill ? Math.round(Math.exp(rand() * 9.2)) + 1 : 0)),
  );
}

/** |a − b| ≤ rel·|b| + abs for every element. */
export function expectClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  rel = 1e-9,
  abs = 0,
): void {
  if (actual.length !== expected.length)
    throw new Error(`length ${actual.length} ≠ ${expected.length}`);
  for (let k = 0; k < expected.length; k++) {
    const a = actual[k];
    const b = expected[k];
    if (!(Math.abs(a - b) <= rel * Math.abs(b) + abs))
      throw new Error(`element ${k}: ${a} vs expected ${b} (rel ${rel}, abs ${abs})`);
  }
}
