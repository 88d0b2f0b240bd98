/**
 * The GB/T 4754-2017 industries as the API and the web see them (GET
 * /api/industries): a list by level and parent (docs/architecture.md, "The
 * contract rule").
 */
import { z } from 'zod';

/** GET /api/industries: the industries of a level and/or under a parent. */
export const IndustryListQuery = z.strictObject({
  level: z
    .number()
    .int()
    .min(1)
    .max(4)
    .optional()
    .describe('1 section, 2 division, 3 group, 4 class'),
  parent: z
    .string()
    .regex(/^[A-Za-z0-9]{1,4}$/)
    .optional()
    .describe('parent code'),
});
export type IndustryListQuery = z.input<typeof IndustryListQuery>;

/** An industry: its scheme, code, level, parent and names. */
export const IndustryView = z.strictObject({
  scheme: z.string().describe('GB/T4754-2017, or label'),
  code: z.string(),
  level: z.number().int().min(1).max(4),
  parent: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string().nullable(),
});
export type IndustryView = z.infer<typeof IndustryView>;
export const IndustryList = z.array(IndustryView);
export type IndustryList = z.infer<typeof IndustryList>;
