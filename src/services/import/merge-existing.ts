import { mergeFigureProvenance } from '../../core/model/figure-provenance.ts';
import type { Organization, YearlyMeasures } from '../../core/model/organization.ts';

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Merges an imported record into the one the atlas already holds under the
 * same id, so that an import adds to what is known and loses nothing: the
 * import's values win where it has them, lists (industries, labels, tags)
 * are united, external ids and yearly measures are merged (by year, field by
 * field). Returns the merged record and the fields the atlas kept.
 */
export function mergeExisting(
  existing: Organization,
  incoming: Organization,
): { merged: Organization; kept: string[] } {
  const kept = (Object.keys(existing) as (keyof Organization)[]).filter(
    (k) =>
      existing[k] !== undefined &&
      incoming[k] === undefined &&
      !['industries', 'industryLabels', 'tags', 'externalIds', 'measures'].includes(k),
  );
  const years = new Map<number, YearlyMeasures>();
  for (const m of existing.measures) years.set(m.year, m);
  for (const m of incoming.measures) {
    const current = years.get(m.year);
    // Each figure keeps the source that wrote it: the import's, or the atlas's where it kept one.
    const provenance = mergeFigureProvenance(current, m);
    years.set(m.year, { ...current, ...defined(m), provenance } as YearlyMeasures);
  }
  const merged: Organization = {
    ...existing,
    ...defined(incoming),
    industries: union(existing.industries, incoming.industries),
    industryLabels: union(existing.industryLabels, incoming.industryLabels),
    tags: union(existing.tags, incoming.tags),
    externalIds: { ...existing.externalIds, ...incoming.externalIds },
    measures: [...years.values()].sort((a, b) => a.year - b.year),
  };
  return { merged, kept: kept as string[] };
}
