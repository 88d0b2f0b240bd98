import { useState } from 'react';
import { useDrillDown } from '../DrillDown.tsx';
import type { DetectResult } from '../DetectPanel.tsx';
import type { Cluster } from '../../types.ts';

/**
 * The map page's state, held by the app so that the chosen cluster, a
 * detection and a drill-down are still there on coming back from another page.
 */
export function useMapState() {
  const [selected, setSelected] = useState<string | null>(null);
  const [detected, setDetected] = useState<DetectResult | null>(null);
  const [shown, setShown] = useState<Cluster[] | null>(null);
  const drill = useDrillDown();
  return { selected, setSelected, detected, setDetected, shown, setShown, drill };
}

export type MapState = ReturnType<typeof useMapState>;
