/**
 * World benchmarks as the API, the CLI and the web see them: a Chinese
 * chain field (or a cluster, by its field) beside its US counterpart among
 * the 51 traded clusters of Delgado, Porter and Stern (2016), the related US
 * clusters, and the world-class clusters the source articles name, on the
 * figures either side has, each figure with its source and the figures a
 * side lacks said as missing.
 */
import { z } from 'zod';

export const WorldBenchmarkQuery = z.strictObject({
  field: z.string().min(1).max(100).optional(),
  cluster: z.string().min(1).max(200).optional(),
});
export type WorldBenchmarkQuery = z.infer<typeof WorldBenchmarkQuery>;

/** A GB/T 4754-2017 class of the field, with its name; `product`: an end product (world peers must share one). */
export const GbtCode = z.object({ code: z.string(), nameZh: z.string(), product: z.boolean() });

/** One concordance row that joins a field's code to a US cluster. */
export const ConcordanceEvidence = z.object({
  gbt4754: z.string(),
  gbtName: z.string(),
  naics: z.string(),
  naicsTitle: z.string().nullable(),
  relation: z.enum(['equivalent', 'partial']),
  basis: z.string(),
  inferred: z.boolean(),
});

export const UsClusterRef = z.object({ code: z.number().int(), nameEn: z.string() });

export const UsCounterpart = UsClusterRef.extend({
  /** Concordance rows of the field's codes that fall in this cluster. */
  evidence: z.array(ConcordanceEvidence),
  /** Share of the field's concorded codes that fall in this cluster, 0..1. */
  share: z.number(),
  source: z.string(),
});

export const RelatedUsCluster = UsClusterRef.extend({
  /** US Cluster Mapping Project relatedness (cr_all), higher is closer. */
  crAll: z.number(),
});

/** A figure as one subject has it: a value with its unit, year and source, or missing. */
export const FigureCell = z.object({
  subject: z.string(),
  value: z.number().nullable(),
  /** 'lower': the source says "over"; 'approx': "about"; 'exact' otherwise. */
  bound: z.enum(['exact', 'lower', 'approx']).nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  /** What the figure counts, when the source narrows it (e.g. oil-equipment makers only). */
  scopeZh: z.string().nullable(),
  scopeEn: z.string().nullable(),
  source: z.string().nullable(),
  quote: z.string().nullable(),
  missing: z.boolean(),
});

export const FigureRow = z.object({
  figure: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.string(),
  /** Some Chinese and some world subject have it. */
  shared: z.boolean(),
  cells: z.array(FigureCell),
});

export const BenchmarkSubject = z.object({
  id: z.string(),
  side: z.enum(['china', 'world']),
  nameZh: z.string(),
  nameEn: z.string(),
  placeZh: z.string(),
  placeEn: z.string(),
  /** How a world cluster meets the field: the closest GB/T 4754 level both codes share. */
  match: z
    .object({
      level: z.enum(['class', 'group', 'division']),
      worldCode: z.string(),
      fieldCode: z.string(),
      basis: z.string(),
      basisZh: z.string(),
    })
    .nullable(),
  usCluster: UsClusterRef.nullable(),
  /** Figures of the table this subject lacks. */
  missing: z.array(z.string()),
});

export const WorldBenchmark = z.object({
  field: z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() }),
  template: z.string(),
  codes: z.array(GbtCode),
  usCounterpart: UsCounterpart.nullable(),
  otherUsClusters: z.array(UsClusterRef.extend({ codes: z.number().int() })),
  relatedUsClusters: z.array(RelatedUsCluster),
  subjects: z.array(BenchmarkSubject),
  figures: z.array(FigureRow),
  fields: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() })),
  notes: z.array(z.string()),
});
export type WorldBenchmark = z.infer<typeof WorldBenchmark>;

/** A world cluster as the reference record holds it: facts with their quotes, field codes with their basis. */
export const WorldClusterRecord = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  country: z.string(),
  placeZh: z.string(),
  placeEn: z.string(),
  gbt4754: z.array(
    z.object({ code: z.string(), basis: z.string(), basisZh: z.string(), inferred: z.boolean() }),
  ),
  fieldNote: z.string().optional(),
  fieldNoteZh: z.string().optional(),
  mentions: z.array(z.object({ source: z.string(), quote: z.string() })),
  facts: z.array(
    z.object({
      figure: z.string(),
      value: z.number(),
      bound: z.enum(['exact', 'lower', 'approx']),
      unit: z.string(),
      year: z.number().int().nullable(),
      yearNote: z.string().optional(),
      scopeZh: z.string(),
      scopeEn: z.string(),
      source: z.string(),
      quote: z.string(),
    }),
  ),
});

export const WorldClusterList = z.object({
  sources: z.array(
    z.object({ id: z.string(), citation: z.string(), year: z.number().int(), file: z.string() }),
  ),
  clusters: z.array(WorldClusterRecord),
  fields: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() })),
});
export type WorldClusterList = z.infer<typeof WorldClusterList>;

/** The 51 DPS (2016) traded clusters: a second, international cluster taxonomy. */
export const UsClusterList = z.object({
  sources: z.array(z.string()),
  clusters: z.array(
    z.object({
      code: z.number().int(),
      nameEn: z.string(),
      naics: z.array(z.object({ code: z.string(), title: z.string().nullable() })),
      /** GB/T 4754 classes the concordance maps into this cluster. */
      gbt4754: z.array(z.object({ code: z.string(), nameZh: z.string(), inferred: z.boolean() })),
      related: z.array(RelatedUsCluster),
    }),
  ),
});
export type UsClusterList = z.infer<typeof UsClusterList>;
