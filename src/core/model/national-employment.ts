import { z } from 'zod';
import { Provenance } from './provenance.ts';

const Year = z.number().int().min(1900).max(2100);
/** One value per year of the series, in the order of `years`; null where the source has none. */
const Series = z.array(z.number().finite().min(0).nullable());

/**
 * China's employment by GB/T 4754-2017 section and division, one value per
 * year (unit: 10,000 persons, 万人), as bundled in
 * data/reference/national-employment.json (see data/SOURCES.md). National
 * only: the reference side (E_i / E) of a location quotient, never a region's
 * own figures.
 *
 * `total` is the published national total (全国总计); sections and divisions
 * are as published, so Σ divisions may differ from the section and Σ sections
 * from the total by rounding (a few 万人).
 */
export const NationalEmployment = z
  .object({
    unit: z.literal('10k persons'),
    scheme: z.literal('GB/T4754-2017'),
    years: z.array(Year).min(1),
    provenance: Provenance,
    total: Series,
    sections: z.array(
      z.object({
        /** GB/T 4754-2017 section letter. */
        code: z.string().regex(/^[A-T]$/),
        nameZh: z.string().min(1),
        values: Series,
      }),
    ),
    divisions: z.array(
      z.object({
        /** GB/T 4754-2017 division (2 digits). */
        code: z.string().regex(/^\d{2}$/),
        section: z.string().regex(/^[A-T]$/),
        /** The GB/T 4754-2017 name of the division. */
        nameZh: z.string().min(1),
        /** The row's code in the source (numbered within its section: C01 … C31). */
        sourceCode: z.string().min(1),
        /** The row's name in the source, where it differs from the standard's. */
        sourceNameZh: z.string().min(1).optional(),
        values: Series,
      }),
    ),
  })
  .superRefine((d, ctx) => {
    const n = d.years.length;
    for (let k = 1; k < n; k++)
      if (d.years[k] <= d.years[k - 1])
        ctx.addIssue({ code: 'custom', path: ['years', k], message: 'years must increase' });
    const check = (values: unknown[], path: (string | number)[]) => {
      if (values.length !== n)
        ctx.addIssue({ code: 'custom', path, message: `expected ${n} values, one per year` });
    };
    check(d.total, ['total']);
    d.sections.forEach((s, k) => check(s.values, ['sections', k, 'values']));
    d.divisions.forEach((s, k) => check(s.values, ['divisions', k, 'values']));
  });
export type NationalEmployment = z.infer<typeof NationalEmployment>;
