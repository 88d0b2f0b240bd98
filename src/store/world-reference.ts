/**
 * The bundled world-benchmark data (data/world/): the world clusters the
 * source articles name (edited by hand, quotes checked by
 * scripts/build-world), the 51 DPS (2016) US traded clusters and the
 * NAICS ↔ GB/T 4754 concordance (both derived by that script). Validated
 * once and cached; a broken file is ATLAS_E_DATA_INTEGRITY (the package is
 * broken, not the user's input).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtlasError } from '../core/errors.ts';
import { referencePath } from './reference.ts';

const Fact = z.object({
  figure: z.string(),
  value: z.number(),
  bound: z.enum(['exact', 'lower', 'approx']),
  unit: z.string().min(1),
  year: z.number().int().nullable(),
  yearNote: z.string().optional(),
  scopeZh: z.string(),
  scopeEn: z.string(),
  source: z.string(),
  quote: z.string().min(1),
});

const WorldCluster = z.object({
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
  facts: z.array(Fact),
});
export type WorldCluster = z.infer<typeof WorldCluster>;

const WorldFile = z.object({
  sources: z.array(
    z.object({ id: z.string(), citation: z.string(), year: z.number().int(), file: z.string() }),
  ),
  figures: z.array(
    z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string(), unit: z.string() }),
  ),
  clusters: z.array(WorldCluster),
});
export type WorldFile = z.infer<typeof WorldFile>;

const UsCluster = z.object({
  code: z.number().int(),
  nameEn: z.string(),
  naics: z.array(z.object({ code: z.string(), title: z.string().nullable() }).loose()),
  related: z.array(
    z.object({ code: z.number().int(), nameEn: z.string(), crAll: z.number() }).loose(),
  ),
  source: z.string(),
});
export type UsCluster = z.infer<typeof UsCluster>;
const UsFile = z.object({ sources: z.array(z.string()), clusters: z.array(UsCluster).length(51) });

const ConcordanceRow = z.object({
  gbt4754: z.string(),
  gbtName: z.string(),
  naics: z.string(),
  naicsTitle: z.string().nullable(),
  dpsNaics: z.string().nullable(),
  relation: z.enum(['equivalent', 'partial']),
  basis: z.string().min(1),
  inferred: z.boolean(),
  usCluster: z.object({ code: z.number().int(), nameEn: z.string() }).nullable(),
  source: z.string(),
});
export type ConcordanceRow = z.infer<typeof ConcordanceRow>;
const ConcordanceFile = z.object({ rows: z.array(ConcordanceRow) });

const cache = new Map<string, unknown>();

function load<T>(rel: string, schema: z.ZodType<T>): T {
  const hit = cache.get(rel);
  if (hit !== undefined) return hit as T;
  const fail = (reason: string) =>
    new AtlasError('ATLAS_E_DATA_INTEGRITY', `bundled data/${rel} is invalid: ${reason}`, {
      file: `data/${rel}`,
      reason,
    });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(referencePath(rel), 'utf8'));
  } catch (e) {
    throw fail(e instanceof Error ? e.message : String(e));
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw fail(`${i.path.join('.')}: ${i.message}`);
  }
  cache.set(rel, parsed.data);
  return parsed.data;
}

export const worldClusters = (): WorldFile => load('world/world-clusters.json', WorldFile);
export const usClusters = (): UsCluster[] => load('world/us-clusters.json', UsFile).clusters;
export const usClusterSources = (): string[] => load('world/us-clusters.json', UsFile).sources;
export const naicsConcordance = (): ConcordanceRow[] =>
  load('world/naics-gbt4754.json', ConcordanceFile).rows;
