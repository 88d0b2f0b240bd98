import { useEffect, useState } from 'react';
import { api, type MatrixParams } from '../../api/index.ts';
import { ApiFailure } from '../../http.ts';
import { regionHref } from '../../route.ts';
import type { HomogeneityAnswer, MetricAnswer } from '../../types.ts';

export interface Matrices {
  lq: MetricAnswer;
  strong: MetricAnswer;
}

/**
 * The region page's data: the LQ and strong-cluster matrices of the level
 * and source, the region shown (the code asked, else one with data, to
 * which the hash is moved), and its homogeneity answer.
 */
export function useRegionData(code: string | null, params: MatrixParams, lqName: string) {
  const [loaded, setData] = useState<Matrices | null>(null);
  const [noStatistics, setNoStatistics] = useState(false);
  const source = params.source ?? 'organizations';
  // An answer for another level or source (the hash or the choice just changed) is not shown.
  const data =
    loaded &&
    loaded.lq.matrix.regionLevel === params.regionLevel &&
    loaded.lq.metric === lqName &&
    (loaded.lq.matrix.source ?? 'organizations') === source
      ? loaded
      : null;
  const [homog, setHomog] = useState<HomogeneityAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    setNoStatistics(false);
    Promise.all([api.metric(lqName, params), api.metric('strong_cluster', params)])
      .then(([lq, strong]) => live && setData({ lq, strong }))
      .catch((e: Error) => {
        if (!live) return;
        // No statistics loaded at this level: say how to load them, not "failed".
        if (params.source === 'statistics' && e instanceof ApiFailure && e.status === 404)
          setNoStatistics(true);
        else setError(e.message);
      });
    return () => {
      live = false;
    };
  }, [params, lqName]);

  const regions = data?.lq.regions ?? [];
  const current =
    regions.find((r) => r.code === code) ??
    regions.find((r) => code && r.code.slice(0, 2) === code.slice(0, 2)) ??
    regions.find((r) => r.code.startsWith('32')) ??
    regions[0] ??
    null;

  useEffect(() => {
    if (!current || current.code !== code) return;
    let live = true;
    setHomog(null);
    api
      .homogeneity(current.code, params)
      .then((h) => live && setHomog(h))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [current, code, params]);

  // Land on a region with data: rewrite the hash (replace, so Back still leaves the page).
  useEffect(() => {
    if (current && current.code !== code) window.location.replace(regionHref(current.code));
  }, [current, code]);

  return { data, regions, current, homog, error, noStatistics };
}
