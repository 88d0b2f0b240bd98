import { describe, expect, it } from 'vitest';
import { diversity } from '../../src/analytics/complexity/diversity.ts';
import { mcp } from '../../src/analytics/complexity/mcp.ts';
import { rca } from '../../src/analytics/complexity/rca.ts';
import { rcaPresence } from '../../src/analytics/complexity/rca-presence.ts';
import { ubiquity } from '../../src/analytics/complexity/ubiquity.ts';
import { regionIndustryMatrix } from '../../src/analytics/matrix/region-industry-matrix.ts';

/** The fused RCA → M pass against its slow twin, mcp(rca(m)) with diversity and ubiquity. */
describe('rcaPresence equals mcp(rca(m)), diversity and ubiquity composed', () => {
  let seed = 9;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const R = 70;
  const I = 45;
  const values = new Float64Array(R * I);
  for (let k = 0; k < values.length; k++) if (rand() < 0.4) values[k] = Math.round(rand() * 900);
  for (let i = 0; i < I; i++) values[5 * I + i] = 0; // an empty region
  for (let r = 0; r < R; r++) values[r * I + 7] = 0; // an empty industry
  const m = regionIndustryMatrix(
    Array.from({ length: R }, (_, r) => `r${r}`),
    Array.from({ length: I }, (_, i) => `i${i}`),
    values,
  );

  it.each([1, 0.5, 1.5, 0])('threshold %s', (t) => {
    const fused = rcaPresence(m, t);
    const slowRca = rca(m);
    const slowM = mcp(slowRca, t);
    expect([...fused.rca]).toEqual([...slowRca]);
    expect([...fused.presence]).toEqual([...slowM]);
    expect([...fused.diversity]).toEqual([...diversity(slowM, R, I)]);
    expect([...fused.ubiquity]).toEqual([...ubiquity(slowM, R, I)]);
    // The ones by row, as a scan of M lists them.
    const rowPtr = [0];
    const colIndex: number[] = [];
    for (let r = 0; r < R; r++) {
      for (let i = 0; i < I; i++) if (slowM[r * I + i] === 1) colIndex.push(i);
      rowPtr.push(colIndex.length);
    }
    expect([...fused.rowPtr]).toEqual(rowPtr);
    expect([...fused.colIndex]).toEqual(colIndex);
  });
});
