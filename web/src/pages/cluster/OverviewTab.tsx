import { ClusterSummary } from '../../components/ClusterSummary.tsx';
import { CitedFacts } from '../../components/cluster/CitedFacts.tsx';
import { ClusterYears } from '../../components/cluster/ClusterYears.tsx';
import { SizeGrowth } from '../../components/cluster/SizeGrowth.tsx';
import {
  CrossRegionSection,
  spansProvinces,
} from '../../components/cross-region/CrossRegionSection.tsx';
import { WorldLink } from '../../components/world/WorldLink.tsx';
import type { ClusterProfile } from '../../types.ts';

/**
 * The cluster profile's overview: what the cluster is, its size as published
 * sources state it (with the atlas's coverage), the size and growth of the
 * members the atlas holds, who its members are.
 */
export function OverviewTab(props: { cluster: ClusterProfile }) {
  // The API sends every cluster's chain templates; read them whether or not the web's type names them yet.
  const templates = (props.cluster as { chainTemplates?: string[] }).chainTemplates ?? [];
  return (
    <section className="tab overview-tab" data-testid="tab-overview">
      <ClusterSummary profile={props.cluster} />
      {/* Its own column: loading it moves nothing else on the page. */}
      <div className="overview-size">
        <CitedFacts clusterId={props.cluster.id}>
          <SizeGrowth clusterId={props.cluster.id} />
        </CitedFacts>
        <ClusterYears cluster={props.cluster} />
        {templates.length > 0 ? <WorldLink clusterId={props.cluster.id} /> : null}
        {spansProvinces(props.cluster.regions) ? (
          <CrossRegionSection clusterId={props.cluster.id} />
        ) : null}
      </div>
    </section>
  );
}
