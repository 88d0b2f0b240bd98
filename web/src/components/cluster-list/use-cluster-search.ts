import { useEffect, useState } from 'react';
import { catalogApi } from '../../api/catalog.ts';

export interface RankedClusters {
  text: string;
  ids: string[];
}

/**
 * The server's search ranks clusters by any mix of place and field, pinyin,
 * initials or English ("长沙工程机械", "cs工程机械"), a short pause after
 * the reader stops typing; a failed search ranks none.
 */
export function useClusterSearch(filter: string): RankedClusters | null {
  const [ranked, setRanked] = useState<RankedClusters | null>(null);
  useEffect(() => {
    const q = filter.trim();
    if (q === '') return;
    let live = true;
    const timer = setTimeout(() => {
      catalogApi
        .search(q, { types: ['cluster'], limit: 100 })
        .then((r) => live && setRanked({ text: q, ids: r.hits.map((h) => h.id) }))
        .catch(() => live && setRanked({ text: q, ids: [] }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [filter]);
  return ranked;
}
