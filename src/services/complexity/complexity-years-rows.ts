import type { ComplexityYears } from '../../contract/complexity-years.ts';

/** The columns of `atlas metric eci|pci --source … --years`: one row per region (industry) and year. */
export const COMPLEXITY_YEAR_COLUMNS = [
  'year',
  'value',
  'rank',
  'of',
  'change',
  'rank_change',
  'change_base',
  'rank_change_base',
] as const;

/**
 * The complexity-by-year answer (complexity-years.ts) as the command line's
 * rows: ECI by region or PCI by industry, each year on the base year's
 * scale, with ranks and changes — the same figures as GET /api/complexity/years.
 */
export function complexityYearsRows(
  a: ComplexityYears,
  metric: 'eci' | 'pci',
): { columns: string[]; rows: Record<string, string | number | null>[] } {
  const key = metric === 'eci' ? 'region' : 'industry';
  const series = metric === 'eci' ? a.regions : a.industries;
  const rows = series.flatMap((s) =>
    s.years.map((y) => ({
      [key]: s.code,
      year: y.year,
      value: y.value,
      rank: y.rank,
      of: y.of,
      change: y.change,
      rank_change: y.rankChange,
      change_base: y.changeBase,
      rank_change_base: y.rankChangeBase,
    })),
  );
  return { columns: [key, ...COMPLEXITY_YEAR_COLUMNS], rows };
}
