import { useState } from 'react';
import { chainApi, type ClusterChains } from '../../api/chain.ts';
import { chainText } from '../../i18n/chain.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useRoute } from '../../route.ts';
import { useLoad } from '../../use-load.ts';
import { ChainBinding } from './ChainBinding.tsx';
import { ChainMap } from './ChainMap.tsx';
import { chainMapText } from './chain-map-text.ts';
import { guessChain } from './guess-chain.ts';

/**
 * A chain-template picker for a cluster, starting from the template the
 * cluster is bound to (its field's, or an analyst's choice; said so on
 * screen), else the one its name suggests — said plainly, with a control for
 * analysts to bind it (ChainBinding); renders `children(chainId)` once one is
 * chosen. On the cluster's panorama tab it draws the chain map first.
 */
export function ChainPicker(props: {
  clusterName: string;
  children: (chain: string) => React.ReactNode;
}) {
  const { t, name } = useLang();
  const tt = useDictionary(chainText);
  const tm = useDictionary(chainMapText);
  const route = useRoute();
  const clusterId = route.page === 'cluster' ? route.id : null;
  const chains = useLoad('chains', () => chainApi.chains());
  const loaded = useLoad(`chain-binding|${clusterId ?? ''}`, () =>
    clusterId ? chainApi.clusterChains(clusterId) : Promise.resolve(null),
  );
  // An analyst's change answers the new binding: shown at once, no reload in between.
  const [fresh, setFresh] = useState<ClusterChains | null>(null);
  const cluster = { ...loaded, data: fresh?.cluster === clusterId ? fresh : loaded.data };
  const [picked, setPicked] = useState<string | null>(null);
  if (chains.error) return <p role="alert">{chains.error}</p>;
  if (!chains.data || (clusterId && cluster.loading && !cluster.data))
    return <p className="muted">{t('loading')}</p>;
  const bound = (cluster.data?.chainTemplates ?? []).filter((id) =>
    chains.data!.some((c) => c.id === id),
  );
  const by = bound.length ? cluster.data?.chainTemplatesBy : undefined;
  const guess = bound[0] ?? guessChain(props.clusterName, chains.data);
  const chain = picked ?? guess;
  const shown = chains.data.find((c) => c.id === chain);
  const chainName = shown ? name(shown.nameZh, shown.nameEn) : (chain ?? '');
  const note =
    by === 'analyst' ? tm('boundAnalyst') : by === 'field' ? tm('boundField') : tt('guessed');
  return (
    <>
      <label className="chain-picker">
        {tt('template')}{' '}
        <select
          value={chain ?? ''}
          onChange={(e) => setPicked(e.target.value || null)}
          data-testid="chain-picker"
        >
          <option value="">{tt('chooseTemplate')}</option>
          {chains.data.map((c) => (
            <option key={c.id} value={c.id}>
              {name(c.nameZh, c.nameEn)}
              {bound.includes(c.id) ? ` (${tm('boundMark')})` : ''}
            </option>
          ))}
        </select>{' '}
        {picked === null && guess && (by || !clusterId) ? (
          <span className="muted">({note})</span>
        ) : null}
      </label>
      {clusterId && !cluster.error ? (
        <ChainBinding
          clusterId={clusterId}
          binding={cluster.data ?? null}
          chain={chain}
          chainName={chainName}
          picked={picked !== null}
          onChanged={(b) => {
            setFresh(b);
            setPicked(null);
          }}
        />
      ) : null}
      {chain && clusterId && route.page === 'cluster' && route.tab === 'panorama' ? (
        <ChainMap cluster={clusterId} clusterName={props.clusterName} chain={chain} />
      ) : null}
      {chain ? props.children(chain) : null}
    </>
  );
}
