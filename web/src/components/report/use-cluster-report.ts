import { api } from '../../api/index.ts';
import { chainApi } from '../../api/chain.ts';
import { clusterFactsApi } from '../../api/cluster-facts.ts';
import { clusterSizeApi } from '../../api/cluster-size.ts';
import { networkApi } from '../../api/network.ts';
import { rankingsApi } from '../../api/rankings.ts';
import { useLoad } from '../../use-load.ts';

/**
 * Everything a cluster report shows, each loaded on its own: the cluster,
 * the chains it is bound to (its field's, or an analyst's choice, never a
 * guess by name) with their panoramas, network, scorecard, size and cited facts.
 */
export function useClusterReport(id: string) {
  const cluster = useLoad(id, () => api.cluster(id));
  const binding = useLoad(`chain-binding|${id}`, () => chainApi.clusterChains(id));
  const bound = binding.data?.chainTemplates ?? [];
  const chains = useLoad(`report-chains|${id}|${bound.join(',')}`, () =>
    Promise.all(
      bound.map(async (chain) => {
        const [template, panorama] = await Promise.all([
          chainApi.template(chain),
          chainApi.panorama(id, chain),
        ]);
        return { template, panorama };
      }),
    ),
  );
  const network = useLoad(id, () => networkApi.cluster(id));
  const card = useLoad(id, () => rankingsApi.scorecard(id).catch(() => null));
  const size = useLoad(`size|${id}`, () => clusterSizeApi.size(id).catch(() => null));
  const facts = useLoad(`facts|${id}`, () => clusterFactsApi.facts(id).catch(() => null));
  // Every part answered (or failed): what `atlas report` and the PDF route wait for.
  const ready = [binding, chains, network, card, size, facts].every((l) => !l.loading);
  return { cluster, binding, bound, chains, network, card, size, facts, ready };
}
