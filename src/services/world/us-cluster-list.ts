import type { UsClusterList } from '../../contract/world.ts';
import { naicsConcordance, usClusterSources, usClusters } from '../../store/world-reference.ts';

/**
 * The 51 DPS (2016) traded clusters with their NAICS industries, the GB/T
 * 4754 classes our concordance maps into each (all inferred) and their
 * related clusters.
 */
export function usClusterList(): UsClusterList {
  const rows = naicsConcordance();
  return {
    sources: usClusterSources(),
    clusters: usClusters().map((c) => ({
      code: c.code,
      nameEn: c.nameEn,
      naics: c.naics.map((n) => ({ code: n.code, title: n.title })),
      gbt4754: [
        ...new Map(
          rows
            .filter((r) => r.usCluster?.code === c.code)
            .map((r) => [r.gbt4754, { code: r.gbt4754, nameZh: r.gbtName, inferred: r.inferred }]),
        ).values(),
      ],
      related: c.related.map((r) => ({ code: r.code, nameEn: r.nameEn, crAll: r.crAll })),
    })),
  };
}
