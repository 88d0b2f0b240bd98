import { describe, expect, it } from 'vitest';
import { groupSums, latestYears } from '../../src/services/cross-region/part-figures.ts';
import type { MemberMeasureRow } from '../../src/store/queries/cluster-measures.ts';

const row = (organization: string, year: number, revenue: number | null): MemberMeasureRow => ({
  organization,
  year,
  synthetic: false,
  employees: null,
  revenue,
  output: null,
});

/** Hand-counted: side A has 3 firms (10, 20, 30), side B 2 firms (5, 5) — B fails the 3-firm rule. */
const rows = [
  row('a1', 2023, 10),
  row('a2', 2023, 20),
  row('a3', 2023, 30),
  row('b1', 2023, 5),
  row('b2', 2023, 5),
  row('a1', 2021, 99),
];
const parts = [new Set(['a1', 'a2', 'a3']), new Set(['b1', 'b2'])];

describe('part figures', () => {
  it('sums the latest year of each measure per part', () => {
    const years = latestYears(rows);
    expect(years).toEqual({ employees: null, revenue: 2023, output: null });
    const [a, b] = groupSums(parts, rows, years, false);
    expect(a!.find((f) => f.measure === 'revenue')).toMatchObject({ sum: 60, organizations: 3 });
    expect(b!.find((f) => f.measure === 'revenue')).toMatchObject({ sum: 10, suppressed: false });
  });

  it('withholds the whole group when one part fails the rule, so no part is found by subtraction', () => {
    const [a, b] = groupSums(parts, rows, latestYears(rows), true);
    expect(a!.find((f) => f.measure === 'revenue')).toMatchObject({ sum: null, suppressed: true });
    expect(b!.find((f) => f.measure === 'revenue')).toMatchObject({ sum: null, suppressed: true });
    // A part nobody reported for is simply empty, not withheld.
    expect(a!.find((f) => f.measure === 'employees')).toMatchObject({
      sum: null,
      suppressed: false,
    });
  });

  it('withholds every part of a group whose total is withheld', () => {
    const [a] = groupSums([parts[0]!], rows, latestYears(rows), true, {
      employees: false,
      revenue: true,
      output: false,
    });
    expect(a!.find((f) => f.measure === 'revenue')?.suppressed).toBe(true);
  });
});
