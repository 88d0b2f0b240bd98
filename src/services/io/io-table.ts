import { z } from 'zod';

/**
 * One national input-output table as shipped in data/io/tables/*.json (built
 * by scripts/build-io from the NBS tables that R package ionet carries; see
 * data/io/README.md). Values in 万元 (10,000 yuan) at producers' prices,
 * rounded to 0.01 万元.
 *
 * Orientation: `z[i][j]` is what sector j (the buyer, a column) uses of the
 * products of sector i (the supplier, a row). For a non-competitive-import
 * table `z` is total use (domestic + imported, the competitive convention, so
 * that every table reads alike) and `zImported` the imported part.
 */
const vector = z.array(z.number());

export const IoSector = z.object({
  code: z.string().regex(/^\d{2,3}$/),
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
});
export type IoSector = z.infer<typeof IoSector>;

export const IoTableFile = z.object({
  id: z.string().regex(/^\d{4}-\d{2,3}$/),
  year: z.number().int(),
  classification: z.string().min(1),
  unit: z.literal('万元'),
  imports: z.enum(['competitive', 'non-competitive']),
  source: z.object({
    publisher: z.string(),
    via: z.string(),
    file: z.string(),
    licence: z.string(),
  }),
  sectors: z.array(IoSector).min(2),
  z: z.array(vector),
  zImported: z.array(vector).optional(),
  /** Column totals of z (TII), per buyer. */
  intermediateInput: vector,
  valueAdded: z.object({
    compensation: vector,
    netTaxes: vector,
    depreciation: vector,
    operatingSurplus: vector,
    total: vector,
  }),
  /** Total input (TI) = intermediate input + value added, per sector. */
  totalInput: vector,
  /** Row totals of z (TIU), per supplier. */
  intermediateUse: vector,
  /** Final-use columns by NBS code (FU101 rural households … EX exports), per product. */
  finalUse: z.record(z.string(), vector),
  totalFinalUse: vector,
  /** Imports by product (IM; for a non-competitive table the imported rows' total). */
  importsByProduct: vector,
  /** The table's statistical discrepancy column (ERR, 其他), where it has one. */
  other: vector.optional(),
  /** Total output (GO) = intermediate use + final use − imports (+ other). */
  totalOutput: vector,
});
export type IoTableFile = z.infer<typeof IoTableFile>;

/** A row of a concordance: an IO sector and the GB/T 4754-2017 codes it covers. */
export const IoConcordanceRow = z.object({
  sector: z.string(),
  nameZh: z.string(),
  /** GB/T 4754-2017 divisions (2 digits), groups (3) or classes (4). */
  gbt4754: z.array(z.string().regex(/^\d{2,4}$/)).min(1),
  /** `name` (the sector's name is that of these codes) or `judgement: …` (why). */
  basis: z.string().min(1),
});
export type IoConcordanceRow = z.infer<typeof IoConcordanceRow>;

export const IoConcordanceFile = z.object({
  classification: z.string(),
  tables: z.array(z.string()),
  note: z.string(),
  rows: z.array(IoConcordanceRow),
});
export type IoConcordanceFile = z.infer<typeof IoConcordanceFile>;

export const IoIndexEntry = z.object({
  id: z.string(),
  year: z.number().int(),
  sectors: z.number().int(),
  classification: z.string(),
  imports: z.enum(['competitive', 'non-competitive']),
  file: z.string(),
  concordance: z.string().nullable(),
  /** Σ total output and Σ value added, 万元. */
  totalOutput: z.number(),
  valueAdded: z.number(),
});
export type IoIndexEntry = z.infer<typeof IoIndexEntry>;
