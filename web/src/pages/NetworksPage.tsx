import { ClusterName } from '../components/cluster/ClusterName.tsx';
import { networkApi, type NetworkSummary } from '../api/network.ts';
import { NetworkExplorer } from '../components/network/NetworkExplorer.tsx';
import { SyntheticShareBadge } from '../components/SyntheticShare.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { networkText } from '../i18n/network.ts';
import { formatPercent } from '../i18n/common.ts';
import { useLang } from '../lang.tsx';
import { clusterHref } from '../route.ts';
import { useLoad } from '../use-load.ts';

/** Networks (route #/networks): every cluster's 集而不群 verdict, most tied first; each opens its network tab. */
export function NetworksPage(_props: { rest: string[] }) {
  const { t, lang } = useLang();
  const tt = useDictionary(networkText);
  const { data, error } = useLoad('networks', () => networkApi.all());
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(lang, v));
  // No tie recorded: a share of tied firms is unknown, not 0% (the cluster's tab says why).
  const share = (r: NetworkSummary, v: number | null) =>
    r.status === 'no_ties_recorded' ? <span title={tt('noTiesFigure')}>—</span> : pct(v);
  const rows = [...(data ?? [])].sort(
    (a, b) =>
      Number(b.status === 'judged') - Number(a.status === 'judged') ||
      (b.linkedFirmShare ?? 0) - (a.linkedFirmShare ?? 0),
  );
  return (
    <section className="page networks-page" data-testid="page-networks">
      <h2>{tt('pageTitle')}</h2>
      <p className="muted">{tt('pageExplain')}</p>
      {data?.some((r) => r.syntheticOrganizations + r.syntheticLinks > 0) ? (
        <p className="muted" data-testid="networks-synthetic">
          {tt('syntheticLinks')}
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      {!data ? <p className="muted">{t('loading')}</p> : null}
      {data ? (
        <table className="table" data-testid="networks-table">
          <thead>
            <tr>
              <th>{tt('cluster')}</th>
              <th>{tt('verdict')}</th>
              <th className="num">{tt('membersCol')}</th>
              <th className="num">{tt('linkedFirms')}</th>
              <th className="num">{tt('largest')}</th>
              <th className="num">{tt('researchCol')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.cluster} data-testid="network-row">
                <td>
                  <a href={clusterHref(r.cluster, 'network')}>
                    <ClusterName id={r.cluster} name={r.name} />
                  </a>
                </td>
                <td className={r.status === 'judged' ? `verdict-${r.verdict}` : 'muted'}>
                  {r.status === 'no_members'
                    ? tt('noMembers')
                    : r.status !== 'judged'
                      ? tt('insufficient')
                      : r.verdict === 'networked'
                        ? tt('networked')
                        : tt('gathered')}{' '}
                  <SyntheticShareBadge
                    share={r.syntheticShare}
                    n={r.syntheticOrganizations}
                    total={r.members}
                  />
                </td>
                <td className="num">{r.members}</td>
                <td className="num">{share(r, r.linkedFirmShare)}</td>
                <td className="num">{share(r, r.largestComponentShare)}</td>
                <td className="num">{share(r, r.firmsWithResearchPartnerShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <NetworkExplorer />
    </section>
  );
}
