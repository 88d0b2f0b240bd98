import { networkApi } from '../../api/network.ts';
import { ChainDisruption } from '../../components/network/ChainDisruption.tsx';
import { MicroClusters } from '../../components/network/MicroClusters.tsx';
import { DisruptionSimulator } from '../../components/network/DisruptionSimulator.tsx';
import { NetworkAssumptions } from '../../components/network/NetworkAssumptions.tsx';
import { NetworkChart } from '../../components/network/NetworkChart.tsx';
import { NetworkFacts } from '../../components/network/NetworkFacts.tsx';
import { NetworkRoles } from '../../components/network/NetworkRoles.tsx';
import { NetworkVerdict } from '../../components/network/NetworkVerdict.tsx';
import { SupplyTiers } from '../../components/network/SupplyTiers.tsx';
import { SyntheticShareNote } from '../../components/SyntheticShare.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../use-load.ts';

/**
 * The cluster's network diagnostics: the 集而不群 verdict with the figures
 * and thresholds behind it, and the network of members and partners
 * (force layout; a node opens its organisation).
 */
export function NetworkTab(props: { cluster: ClusterProfile }) {
  const { t } = useLang();
  const tt = useDictionary(networkText);
  const { data, error } = useLoad(props.cluster.id, () => networkApi.cluster(props.cluster.id));
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  if (data.status === 'no_members') {
    return (
      <section className="tab" data-testid="tab-network">
        <p className="muted" data-testid="network-verdict">
          {tt('noMembers')}
        </p>
      </section>
    );
  }
  return (
    <section className="tab network-tab" data-testid="tab-network">
      <div className="network-grid">
        <div>
          <NetworkVerdict data={data} />
          <NetworkFacts data={data} />
          <NetworkAssumptions data={data} />
          {data.nodes.some((n) => n.synthetic) ? (
            <p className="muted">{tt('syntheticLinks')}</p>
          ) : null}
          <SyntheticShareNote mark={data} basis="members" testId="network-synthetic-share" />
        </div>
        <NetworkChart data={data} />
      </div>
      {data.nodesOmitted > 0 ? (
        <p className="muted">{tt('omitted', { n: data.nodesOmitted })}</p>
      ) : null}
      {data.status === 'no_ties_recorded' ? (
        <p className="muted" data-testid="network-no-ties">
          {tt('noTiesLists')}
        </p>
      ) : (
        <>
          <NetworkRoles data={data} />
          <SupplyTiers data={data} />
        </>
      )}
      <DisruptionSimulator network={data} />
      <ChainDisruption cluster={props.cluster.id} clusterName={props.cluster.name} />
      <MicroClusters cluster={props.cluster.id} clusterName={props.cluster.name} />
    </section>
  );
}
