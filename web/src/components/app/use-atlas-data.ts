import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/index.ts';
import type { Cluster, GeoJson, Region, Stats } from '../../types.ts';

export interface AtlasData {
  geo: GeoJson;
  provinces: Region[];
  clusters: Cluster[];
  stats: Stats;
}

/** The map page's data and the header's figures, loaded once; `load` retries after a failure. */
export function useAtlasData() {
  const [data, setData] = useState<AtlasData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    Promise.all([api.geo('province'), api.provinces(), api.clusters(), api.stats()])
      .then(([geo, provinces, clusters, stats]) => setData({ geo, provinces, clusters, stats }))
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);
  return { data, error, load };
}
