import type { MicroClusterListQuery, MicroClusterPage } from '../../contract/micro-clusters.ts';
import type { Duck } from '../../store/duck.ts';
import { onePage } from '../paging.ts';
import { countMicroClusters, listMicroClusters } from './track.ts';

/** One page of the micro-clusters started in a cluster, oldest first (GET /api/micro-clusters). */
export function microClusterPage(db: Duck, q: MicroClusterListQuery): Promise<MicroClusterPage> {
  return onePage(
    q,
    (limit, offset) => listMicroClusters(db, q.cluster, { limit, offset }),
    () => countMicroClusters(db, q.cluster),
  );
}
