/**
 * Economic complexity over years, as the API and the web see it: a region's
 * ECI and its rank among the regions of each year, an industry's PCI and its
 * rank among the industries, for every year the matrix's source holds
 * (members' yearly measures, or the regional statistics an office loaded),
 * all on one base year's scale (its mean and standard deviation of raw ECI),
 * so a change of ECI is the region's own, not the field's. The CLI's
 * `atlas metric eci --reference-year` does the same over a file.
 */
import { z } from 'zod';
import { AnswerWarning } from './answer-warning.ts';
import { confidentialAggregate } from './confidential-aggregate.ts';
import { Year, YearsOptions } from './evaluation.ts';

/** A figure built from firms' confidential measures: null where the disclosure rule withholds it. */
const confidential = (description: string) => confidentialAggregate(z.number(), description);

export const ComplexityYearsQuery = YearsOptions.omit({ year: true }).extend({
  /** A region (GB/T 2260 code): its ECI per year. */
  region: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  /** An industry (GB/T 4754 code at the level asked): its PCI per year. */
  industry: z
    .string()
    .regex(/^[A-Z]?\d{0,4}$|^[A-T]$/)
    .min(1)
    .max(5)
    .optional(),
  /** A saved region peer set (id): its subject and members, ranked among themselves each year. */
  peerSet: z.string().min(1).max(200).optional(),
  /** organizations (members' yearly measures) or statistics (`atlas import --kind region-statistics`). */
  source: z.enum(['organizations', 'statistics']).default('organizations'),
  /** A yearly measure (a count of organisations has no years). Default: the first with data. */
  measure: z.enum(['employees', 'revenue', 'output']).optional(),
  regionLevel: z.enum(['province', 'prefecture']).default('province'),
  industryLevel: z.number().int().min(1).max(4).default(2),
});
export type ComplexityYearsQuery = z.output<typeof ComplexityYearsQuery>;

/** One year of a region's (or an industry's) complexity. */
export const ComplexityYear = z.object({
  year: Year,
  /** ECI (region) or PCI (industry) on the base year's scale; unitless index. */
  value: confidential('ECI or PCI on the base year’s scale (index, no unit)'),
  /**
   * 1 = most complex of the year; null where the unit is not in that year's
   * matrix. An order, not a figure: shown as the single-year lists' order is.
   */
  rank: z.number().int().nullable(),
  /** Regions (industries) ranked that year. */
  of: z.number().int(),
  /** Diversity (industries with RCA ≥ 1) or ubiquity (regions with RCA ≥ 1); a count. */
  count: z.number().int().nullable(),
  /** value − value of the previous year with data (null in the first year). */
  change: confidential('ECI or PCI change since the previous year with data (index points)'),
  /** Places gained since the previous year (positive: up). */
  rankChange: z.number().int().nullable(),
  /** value − the base year's value. */
  changeBase: confidential('ECI or PCI change since the base year (index points)'),
  rankChangeBase: z.number().int().nullable(),
});
export type ComplexityYear = z.infer<typeof ComplexityYear>;

export const ComplexitySeries = z.object({
  code: z.string(),
  nameZh: z.string().nullable(),
  nameEn: z.string().nullable(),
  years: z.array(ComplexityYear),
});
export type ComplexitySeries = z.infer<typeof ComplexitySeries>;

/** One year of a region × industry cell's location quotient (RCA within the matrix). */
export const CellYear = z.object({
  year: Year,
  /** (x_ri / x_r) / (x_i / x); a ratio, no unit; null where withheld or the cell is not in the year's matrix. */
  lq: confidential('location quotient of the cell (ratio, no unit)'),
  change: confidential('LQ change since the previous year with data (ratio points)'),
  changeBase: confidential('LQ change since the base year (ratio points)'),
});
export type CellYear = z.infer<typeof CellYear>;

export const ComplexityYears = z.object({
  source: z.enum(['organizations', 'statistics']),
  measure: z.enum(['employees', 'revenue', 'output']),
  regionLevel: z.enum(['province', 'prefecture']),
  industryLevel: z.number().int(),
  /** Years with data, ascending (those asked that have data). */
  years: z.array(Year),
  baseYear: Year,
  /** Every year the source holds for the measure, ascending (the web's year picker). */
  available: z.array(Year),
  /** The peer set the regions are ranked within (ranks and `of` count its regions only); null: all regions. */
  peerSet: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The region asked (ECI) and a peer set's regions, or every region when neither region nor industry is asked. */
  regions: z.array(ComplexitySeries),
  /** The industry asked (PCI), or every industry when neither is asked. */
  industries: z.array(ComplexitySeries),
  /** With both region and industry asked: the cell's LQ per year; else null. */
  cell: z.object({ region: z.string(), industry: z.string(), years: z.array(CellYear) }).nullable(),
  /** Per year: organisations placed (source organizations) or table rows (statistics), and the synthetic share. */
  basis: z.array(
    z.object({
      year: Year,
      regions: z.number().int(),
      industries: z.number().int(),
      organizations: z.number().int(),
      syntheticOrganizations: z.number().int(),
      syntheticShare: confidential('share of the measure that is synthetic, 0..1'),
      sources: z.array(z.string()),
    }),
  ),
  /** How ECI is put on one scale, said beside the figures. */
  convention: z.string(),
  warnings: z.array(AnswerWarning),
});
export type ComplexityYears = z.infer<typeof ComplexityYears>;
