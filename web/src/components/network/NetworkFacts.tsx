import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { useNetworkFigure } from './use-network-figure.tsx';

/** The network's figures: members, linked firms, largest component, density, leaders' supply networks, research ties. */
export function NetworkFacts({ data }: { data: NetworkAnswer }) {
  const tt = useDictionary(networkText);
  const { fig, pct } = useNetworkFigure(data);
  const x = data.index;
  return (
    <dl className="facts">
      <dt>{tt('members', { n: x.members, f: x.firms })}</dt>
      <dd />
      <dt>{tt('linkedFirms')}</dt>
      <dd>
        {x.linkedFirms} ({pct(x.linkedFirmShare)})
      </dd>
      <dt>{tt('largest')}</dt>
      <dd>
        {x.largestComponent} ({pct(x.largestComponentShare)})
      </dd>
      <dt>{tt('density')}</dt>
      <dd>
        {x.density === null ? '—' : fig(x.density.toFixed(3))}
        {x.densityRatio === null
          ? ''
          : ` · ${tt('densityRatio', { x: x.densityRatio.toFixed(1) })}`}
      </dd>
      <dt>{tt('leaders', { n: x.chainLeaders })}</dt>
      <dd>
        {x.firmsInLeaderSupplyNetworks} ({pct(x.firmsInLeaderSupplyNetworksShare)})
      </dd>
      <dt>{tt('research')}</dt>
      <dd>
        {x.firmsWithResearchPartner} ({pct(x.firmsWithResearchPartnerShare)})
      </dd>
    </dl>
  );
}
