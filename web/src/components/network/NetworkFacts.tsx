import type { NetworkAnswer } from '../../api/network.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatQuantity } from '../../format.ts';
import { useLang } from '../../lang.tsx';
import { useNetworkFigure } from './use-network-figure.tsx';

/** The network's figures: members, linked firms, largest component, density, leaders' supply networks, research ties. */
export function NetworkFacts({ data }: { data: NetworkAnswer }) {
  const tt = useDictionary(networkText);
  const { lang } = useLang();
  const { fig, pct } = useNetworkFigure(data);
  const x = data.index;
  // With no tie recorded every figure below would read 0 or 0%: unknown, not measured as none.
  const noTies = data.status === 'no_ties_recorded';
  const unknown = (
    <span title={tt('noTiesFigure')} data-testid="network-figure-unknown">
      —
    </span>
  );
  // Linked firms are firms; the largest connected group counts members of any kind.
  const counted = (n: number, of: 'firms' | 'members') =>
    of === 'firms' || lang !== 'en'
      ? formatQuantity(lang, n, 'firms')
      : `${formatQuantity(lang, n, 'none')} members`;
  const count = (n: number, share: number | null, of: 'firms' | 'members') =>
    noTies ? (
      unknown
    ) : (
      <>
        {counted(n, of)}
        {lang === 'en' ? ' (' : '（'}
        {pct(share)}
        {lang === 'en' ? ')' : '）'}
      </>
    );
  return (
    <dl className="facts">
      <dt>{tt('members', { n: x.members, f: x.firms })}</dt>
      <dd />
      <dt>{tt('linkedFirms')}</dt>
      <dd>{count(x.linkedFirms, x.linkedFirmShare, 'firms')}</dd>
      <dt>{tt('largest')}</dt>
      <dd>{count(x.largestComponent, x.largestComponentShare, 'members')}</dd>
      <dt>{tt('density')}</dt>
      <dd>
        {noTies ? unknown : x.density === null ? '—' : fig(x.density.toFixed(3))}
        {noTies || x.densityRatio === null
          ? ''
          : ` · ${tt('densityRatio', { x: x.densityRatio.toFixed(1) })}`}
      </dd>
      <dt>{tt('leaders', { n: x.chainLeaders })}</dt>
      <dd>{count(x.firmsInLeaderSupplyNetworks, x.firmsInLeaderSupplyNetworksShare, 'firms')}</dd>
      <dt>{tt('research')}</dt>
      <dd>{count(x.firmsWithResearchPartner, x.firmsWithResearchPartnerShare, 'firms')}</dd>
    </dl>
  );
}
