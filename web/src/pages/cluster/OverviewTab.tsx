import { ClusterSummary } from '../../components/ClusterSummary.tsx';
import { SizeGrowth } from '../../components/cluster/SizeGrowth.tsx';
import type { ClusterProfile } from '../../types.ts';

/** The cluster profile's overview: what the cluster is, its size and growth, who its members are. */
export function OverviewTab(props: { cluster: ClusterProfile }) {
  return (
    <section className="tab overview-tab" data-testid="tab-overview">
      <ClusterSummary profile={props.cluster} />
      {/* Its own column: loading it moves nothing else on the page. */}
      <SizeGrowth clusterId={props.cluster.id} />
    </section>
  );
}
