import { ClusterSummary } from '../../components/ClusterSummary.tsx';
import { CitedFacts } from '../../components/cluster/CitedFacts.tsx';
import { SizeGrowth } from '../../components/cluster/SizeGrowth.tsx';
import type { ClusterProfile } from '../../types.ts';

/**
 * The cluster profile's overview: what the cluster is, its size as published
 * sources state it (with the atlas's coverage), the size and growth of the
 * members the atlas holds, who its members are.
 */
export function OverviewTab(props: { cluster: ClusterProfile }) {
  return (
    <section className="tab overview-tab" data-testid="tab-overview">
      <ClusterSummary profile={props.cluster} />
      {/* Its own column: loading it moves nothing else on the page. */}
      <div className="overview-size">
        <CitedFacts clusterId={props.cluster.id}>
          <SizeGrowth clusterId={props.cluster.id} />
        </CitedFacts>
      </div>
    </section>
  );
}
