import { useEffect, useState } from 'react';
import type { RankingParams } from '../../api/rankings.ts';

const DEBOUNCE_MS = 300;

/**
 * The ranking's parameters as asked (`params`) and as being edited
 * (`draft`): sliders move the draft, the request follows after a pause.
 */
export function useRankingParams() {
  const [params, setParams] = useState<RankingParams>({
    designation: 'national',
    method: 'wsum',
    runs: 200,
    weights: {},
  });
  const [draft, setDraft] = useState(params);
  useEffect(() => {
    const timer = setTimeout(() => setParams(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft]);
  return { params, draft, setDraft };
}
