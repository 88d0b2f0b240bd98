import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { ExplorerAnswer } from '../../api/network.ts';
import { organizationHref } from '../../route.ts';
import { ITERATIONS, forceAtlas2, toGraph } from './explorer-graph.ts';

/**
 * Lays the explorer answer out (ForceAtlas2) and draws it with sigma.js in
 * the returned box, a click opening a node; gives the sigma instance (for
 * the PNG) and how long the layout took.
 */
export function useSigmaExplorer(data: ExplorerAnswer | null) {
  const box = useRef<HTMLDivElement | null>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  // The layout's time is for developers (a data attribute), not a figure for readers.
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  useEffect(() => {
    if (!data || !box.current) return;
    const g = toGraph(data);
    const started = performance.now();
    forceAtlas2.assign(g, {
      iterations: ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 1000 },
    });
    setLayoutMs(performance.now() - started);
    // The most central organisations always carry their names; room at the edges so neither nodes
    // nor names are cut off by the canvas.
    const sigma = new Sigma(g, box.current, {
      labelRenderedSizeThreshold: 6,
      labelDensity: 0.5,
      labelFont: 'system-ui, "Noto Sans CJK SC", sans-serif',
      stagePadding: 48,
      zIndex: true,
    });
    sigmaRef.current = sigma;
    sigma.on('clickNode', ({ node }) => {
      window.location.hash = organizationHref(String(g.getNodeAttribute(node, 'id'))).slice(1);
    });
    return () => {
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [data]);
  return { box, sigmaRef, layoutMs };
}
