import { useState } from 'react';
import type { DetectParams } from '../../api/spatial.ts';

/**
 * The detection's parameters, pointed at the province the map is drilled
 * into whenever that changes (adjusting state to a prop, no effect).
 */
export function useDetectParams(focus: string | null | undefined) {
  const [params, setParams] = useState<DetectParams>({
    industry: '39',
    region: '510000,500000',
    method: 'dbscan',
    epsKm: 10,
    minPoints: 8,
  });
  const [seenFocus, setSeenFocus] = useState(focus ?? null);
  if ((focus ?? null) !== seenFocus) {
    setSeenFocus(focus ?? null);
    if (focus) setParams((p) => ({ ...p, region: focus ?? undefined }));
  }
  const set = <K extends keyof DetectParams>(k: K, v: DetectParams[K]) =>
    setParams((p) => ({ ...p, [k]: v }));
  return { params, set };
}
