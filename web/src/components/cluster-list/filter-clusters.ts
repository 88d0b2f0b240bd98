import type { Cluster } from '../../types.ts';
import type { RankedClusters } from './use-cluster-search.ts';

export interface ClusterFilter {
  text: string;
  field: string;
  designation: string;
  tag: string;
  /** A province code: only its clusters. */
  focus: string | null;
}

/**
 * The clusters the list shows: those passing the province, field,
 * designation and tag filters; with a text, the server's ranked hits first
 * (when they answer this text), then what a plain text match adds (a
 * field's label, a region's name).
 */
export function filterClusters(
  clusters: Cluster[],
  by: ClusterFilter,
  ranked: RankedClusters | null,
  code: (group: string, code: string | null | undefined) => string,
): Cluster[] {
  const { field, designation, tag, focus } = by;
  const f = by.text.trim().toLowerCase();
  const picked = clusters.filter(
    (c) =>
      (!focus || c.provinces.some((p) => p.code === focus)) &&
      (!field || c.field === field) &&
      (!designation || c.designation === designation) &&
      (!tag || (c.memberTags ?? []).includes(tag)),
  );
  if (!f) return picked;
  const order = new Map(
    (ranked?.text.toLowerCase() === f ? ranked.ids : []).map((id, i) => [id, i]),
  );
  const found = picked
    .filter((c) => order.has(c.id))
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const byText = picked.filter(
    (c) =>
      !order.has(c.id) &&
      [
        c.name,
        c.nameEn ?? '',
        c.field ?? '',
        code('field', c.field),
        ...c.provinces.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
        ...c.regionNames.flatMap((p) => [p.nameZh, p.nameEn ?? '']),
      ].some((s) => s.toLowerCase().includes(f)),
  );
  return [...found, ...byText];
}
