import { disclosable } from '../../core/access/disclosure.ts';
import type { MemberMeasureRow, SizeMeasure } from '../../store/queries/cluster-measures.ts';

/**
 * Members' yearly measures summed per part (province or city) of a
 * cross-province cluster, for the latest year each measure was reported.
 * Member figures are confidential: for a viewer who may not see every
 * firm's, a part's sum is shown only when the disclosure rule allows it
 * (core/access/disclosure.ts: at least 3 contributors, none over 85%).
 * Because the parts of a group add up to a total shown elsewhere (the
 * provinces to the cluster's size, the cities to their province), one
 * withheld part could be recovered by subtraction: a group is therefore
 * shown whole or withheld whole. Cost O(members × measures).
 */
export interface PartSum {
  measure: SizeMeasure;
  unit: string;
  year: number | null;
  sum: number | null;
  organizations: number;
  suppressed: boolean;
}

export const MEASURE_UNITS: Record<SizeMeasure, string> = {
  employees: 'persons',
  revenue: '10k yuan',
  output: '10k yuan',
};
const MEASURES: readonly SizeMeasure[] = ['employees', 'revenue', 'output'];

/** The latest year with a value, per measure. */
export function latestYears(rows: readonly MemberMeasureRow[]): Record<SizeMeasure, number | null> {
  const out = { employees: null, revenue: null, output: null } as Record<
    SizeMeasure,
    number | null
  >;
  for (const r of rows)
    for (const m of MEASURES)
      if (r[m] !== null && (out[m] === null || r.year > out[m]!)) out[m] = r.year;
  return out;
}

/**
 * The sums of a group of parts (each a set of organisation ids), withheld
 * whole when `guard` and any part with values fails the rule, or when
 * `withheld` (the group's total is withheld).
 */
export function groupSums(
  parts: readonly ReadonlySet<string>[],
  rows: readonly MemberMeasureRow[],
  years: Record<SizeMeasure, number | null>,
  guard: boolean,
  withheld: Record<SizeMeasure, boolean> = { employees: false, revenue: false, output: false },
): PartSum[][] {
  const out: PartSum[][] = parts.map(() => []);
  for (const m of MEASURES) {
    const year = years[m];
    const cells = parts.map((ids) => {
      const values = rows
        .filter((r) => r.year === year && ids.has(r.organization) && r[m] !== null)
        .map((r) => r[m] as number);
      const sum = values.reduce((a, b) => a + b, 0);
      const ok =
        values.length === 0 || disclosable({ count: values.length, sum, max: Math.max(...values) });
      return { values, sum, ok };
    });
    const hide = guard && (withheld[m] || cells.some((c) => !c.ok));
    cells.forEach((c, i) =>
      out[i]!.push({
        measure: m,
        unit: MEASURE_UNITS[m],
        year,
        sum: c.values.length === 0 || (hide && c.values.length > 0) ? null : c.sum,
        organizations: c.values.length,
        suppressed: hide && c.values.length > 0,
      }),
    );
  }
  return out;
}
