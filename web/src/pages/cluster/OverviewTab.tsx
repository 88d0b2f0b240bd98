import { ClusterSummary } from '../../components/ClusterSummary.tsx';
import type { ClusterProfile } from '../../types.ts';

/** The cluster profile's overview: what the cluster is and who its members are. */
export function OverviewTab(props: { cluster: ClusterProfile }) {
  return (
    <section className="tab overview-tab" data-testid="tab-overview">
      <ClusterSummary profile={props.cluster} />
    </section>
  );
}
