import { z } from 'zod';
import { Provenance } from './provenance.ts';

const nonNegative = z.number().finite().min(0);

/**
 * One row of a regional statistical table (an office's yearbook): a province
 * or prefecture, a GB/T 4754-2017 division, a year and the division's
 * totals there. Units as the organisations' measures: employees in persons,
 * revenue (营业收入) and output (工业总产值) in 10k yuan (万元); the import
 * converts 万人 and 亿元 columns. At least one measure is given; null: not
 * reported.
 */
export const RegionStatistic = z
  .object({
    /** GB/T 2260 code of a province or prefecture. */
    region: z.string().regex(/^\d{6}$/),
    regionLevel: z.enum(['province', 'prefecture']),
    /** GB/T 4754-2017 division (2 digits). */
    industry: z.string().regex(/^\d{2}$/),
    year: z.number().int().min(1900).max(2100),
    employees: nonNegative.nullable(),
    revenue: nonNegative.nullable(),
    output: nonNegative.nullable(),
    provenance: Provenance,
  })
  .refine((s) => s.employees !== null || s.revenue !== null || s.output !== null, {
    message: 'give at least one of employees, revenue, output',
    path: ['employees'],
  });
export type RegionStatistic = z.infer<typeof RegionStatistic>;

/** The measures a region statistic can hold (the organisations' matrix also counts). */
export const REGION_STATISTIC_MEASURES = ['employees', 'revenue', 'output'] as const;
export type RegionStatisticMeasure = (typeof REGION_STATISTIC_MEASURES)[number];
