import { readFileSync } from 'node:fs';
import { firmTable, type FirmTable } from '../../src/analytics/matrix/firm-table.ts';
import { matrixFromLong } from '../../src/analytics/matrix/matrix-from-long.ts';

/** The shared real/hand-made inputs, read by a path relative to the repo root. */
export const DATA = new URL('../../../shared/data/metrics-inputs/', import.meta.url);

function csvRows(name: string): string[][] {
  return readFileSync(new URL(name, DATA), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(',').map((c) => c.replace(/^"|"$/g, '')));
}

export function loadMatrix(name: string) {
  return matrixFromLong(
    csvRows(name).map(([region, industry, value]) => ({ region, industry, value: Number(value) })),
  );
}

export function loadFirms(name: string, regions?: string[]): FirmTable {
  return firmTable(
    csvRows(name).map(([region, industry, firm, value]) => ({
      region,
      industry,
      firm,
      value: Number(value),
    })),
    regions,
  );
}

export function loadPairs(name: string): [string, number][] {
  return csvRows(name).map(([region, value]) => [region, Number(value)]);
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
