import { useMemo } from 'react';
import { DataText } from '../../components/SourceText.tsx';
import { useEvidenceSpeaker } from '../../components/chain/evidence-speaker.ts';
import { EChart } from '../../components/EChart.tsx';
import { Figure } from '../../components/Figure.tsx';
import { networkApi, type NetworkAnswer } from '../../api/network.ts';
import { ChainDisruption } from '../../components/network/ChainDisruption.tsx';
import { MicroClusters } from '../../components/network/MicroClusters.tsx';
import { DisruptionSimulator } from '../../components/network/DisruptionSimulator.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { networkText } from '../../i18n/network.ts';
import { formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { organizationHref } from '../../route.ts';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../useLoad.ts';
import { escapeHtml } from '../../escape-html.ts';
import { SyntheticShareNote } from '../../components/SyntheticShare.tsx';

const KIND_COLOURS: Record<string, string> = {
  enterprise: '#0969da',
  university: '#8250df',
  institute: '#bf3989',
  platform: '#1a7f37',
  finance: '#9a6700',
};

/**
 * The cluster's network diagnostics: the 集而不群 verdict with the figures
 * and thresholds behind it, and the network of members and partners
 * (force layout; a node opens its organisation).
 */
export function NetworkTab(props: { cluster: ClusterProfile }) {
  const { t, lang } = useLang();
  const tt = useDictionary(networkText);
  const speaker = useEvidenceSpeaker();
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
  const x = data.index;
  const synthetic = data.nodes.filter((n) => n.synthetic).length;
  const basis = tt('figureBasis', { ties: x.ties, nodes: data.nodes.length, syn: synthetic });
  // Every figure of the verdict carries where it comes from (hover or focus).
  const fig = (text: string) => (
    <Figure provenance={basis} synthetic={synthetic > 0}>
      {text}
    </Figure>
  );
  const pct = (v: number | null) => (v === null ? '—' : fig(formatPercent(lang, v)));
  const threshold = (figure: string) => {
    const c = x.checks.find((k) => k.figure === figure);
    return c ? formatPercent(lang, c.threshold) : '—';
  };
  return (
    <section className="tab network-tab" data-testid="tab-network">
      <div className="network-grid">
        <div>
          <h3 data-testid="network-verdict" className={`verdict verdict-${x.verdict}`}>
            {tt('verdict')}: {lang === 'en' ? x.verdictLabel.en : x.verdictLabel.zh}
          </h3>
          {/* Too little to judge: the figures stay, the checks' pass/fail (a verdict in parts) goes. */}
          {x.insufficient ? (
            <p className="muted" data-testid="network-insufficient">
              {x.insufficient.reason === 'too_few_firms'
                ? tt('tooFewFirms', { n: x.firms, min: x.insufficient.minFirms })
                : tt('noTiesRecorded')}
            </p>
          ) : null}
          <ul className="checks" hidden={Boolean(x.insufficient)}>
            {x.checks.map((c) => (
              <li key={c.figure} className={c.passed ? 'passed' : 'failed'}>
                {lang === 'en' ? c.label.en : c.label.zh}: <b>{pct(c.value)}</b> (
                {tt('threshold', { t: formatPercent(lang, c.threshold) })},{' '}
                {c.passed ? tt('passed') : tt('failed')})
              </li>
            ))}
          </ul>
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
          <h4>{tt('assumptions')}</h4>
          <ul className="muted" data-testid="network-assumptions">
            <li>
              {speaker.say('networkedRule', {
                linked: threshold('linkedFirmShare'),
                largest: threshold('largestComponentShare'),
              })}
            </li>
            <li>{speaker.say('densityRule')}</li>
          </ul>
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
      <div className="network-lists">
        <div>
          <h4>{tt('central')}</h4>
          <ol data-testid="central">
            {[...data.nodes]
              .sort((a, b) => b.pagerank - a.pagerank)
              .slice(0, 5)
              .map((n) => (
                <li key={n.id}>
                  <a href={organizationHref(n.id)}>
                    <DataText text={n.name} />
                  </a>{' '}
                  <span className="muted">{n.pagerank.toFixed(3)}</span>
                </li>
              ))}
          </ol>
        </div>
        <div>
          <h4>{tt('brokers')}</h4>
          <ol data-testid="brokers">
            {data.nodes
              .filter((n) => n.constraint !== null && n.degree >= 2)
              .sort((a, b) => a.constraint! - b.constraint!)
              .slice(0, 5)
              .map((n) => (
                <li key={n.id}>
                  <a href={organizationHref(n.id)}>
                    <DataText text={n.name} />
                  </a>{' '}
                  <span className="muted">{n.constraint!.toFixed(3)}</span>
                </li>
              ))}
          </ol>
          <p className="muted">{tt('communities', { n: data.communities })}</p>
        </div>
        <div>
          <h4>{tt('researchTitle')}</h4>
          <ul data-testid="research">
            {data.research.slice(0, 8).map((r) => (
              <li key={r.id}>
                <a href={organizationHref(r.id)}>
                  <DataText text={r.name} />
                </a>{' '}
                <span className="muted">{tt('partners', { n: r.firmPartners })}</span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <div className="network-lists">
        <div>
          <h4>{tt('tiersTitle')}</h4>
          <ul data-testid="leader-tiers">
            {data.leaderTiers.map((l) => (
              <li key={l.leader}>
                <a href={organizationHref(l.leader)}>
                  <DataText text={l.name} />
                </a>{' '}
                <span className="muted">{l.tiers.join(' / ')}</span>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h4>{tt('keySuppliers')}</h4>
          <ol data-testid="key-suppliers">
            {data.keySuppliers.map((k) => (
              <li key={k.id}>
                <a href={organizationHref(k.id)}>
                  <DataText text={k.name} />
                </a>{' '}
                <span className="muted">
                  {tt('customers', { n: k.customers, s: k.soleSourceCustomers })}
                </span>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <DisruptionSimulator network={data} />
      <ChainDisruption cluster={props.cluster.id} clusterName={props.cluster.name} />
      <MicroClusters cluster={props.cluster.id} clusterName={props.cluster.name} />
    </section>
  );
}

function NetworkChart({ data }: { data: NetworkAnswer }) {
  const { code } = useLang();
  const tt = useDictionary(networkText);
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: {
        formatter: (p: { data?: { name?: string; kind?: string } }) =>
          escapeHtml(p.data?.name ?? ''),
      },
      series: [
        {
          type: 'graph',
          layout: 'force',
          roam: true,
          force: { repulsion: 40, edgeLength: 40, gravity: 0.15, layoutAnimation: false },
          data: data.nodes.map((n) => ({
            id: n.id,
            name: n.name,
            kind: n.kind,
            symbolSize: 5 + Math.sqrt(n.degree) * 3,
            itemStyle: {
              color: KIND_COLOURS[n.kind] ?? '#57606a',
              opacity: n.member ? 1 : 0.45,
            },
          })),
          links: data.edges.map((e) => ({ source: e.source, target: e.target })),
          lineStyle: { color: '#8c959f', opacity: 0.4, width: 0.7 },
          emphasis: { focus: 'adjacency' },
        },
      ],
    }),
    [data],
  );
  return (
    <div className="network-chart" data-testid="network-chart">
      <EChart
        option={option}
        height={558}
        testId="network-graph"
        exportName="cluster-network"
        table={{
          name: 'cluster-network-nodes',
          columns: [
            'id',
            'name',
            'kind',
            'member',
            'degree',
            'pagerank',
            'constraint',
            'community',
          ],
          rows: data.nodes.map((n) => [
            n.id,
            n.name,
            n.kind,
            n.member ? 1 : 0,
            n.degree,
            n.pagerank,
            n.constraint,
            n.community,
          ]),
          links: data.nodes.map((n) => organizationHref(n.id)),
        }}
        onClick={(p) => {
          const id = (p.data as { id?: string } | undefined)?.id;
          if (id) window.location.hash = organizationHref(id).slice(1);
        }}
      />
      <div className="legend">
        {Object.entries(KIND_COLOURS).map(([k, c]) => (
          <span key={k}>
            <i className="dot" style={{ background: c }} /> {code('kind', k)}
          </span>
        ))}
        <span className="muted">
          {tt('legendMember')} ● · {tt('legendPartner')} ○
        </span>
      </div>
    </div>
  );
}
