import type { WorldClusterList } from '../../contract/world.ts';
import { worldClusters } from '../../store/world-reference.ts';
import { chainFieldList } from './chain-field-list.ts';

/** The world clusters the source articles name, with their cited facts and the sources; the chain fields to benchmark. */
export function worldClusterList(): WorldClusterList {
  const f = worldClusters();
  return { sources: f.sources, clusters: f.clusters, fields: chainFieldList() };
}
