import { useState } from 'react';
import { rankingsApi } from '../../api/rankings.ts';
import { PeerSetPanel } from '../../components/cluster/PeerSetPanel.tsx';
import { ScorecardYears } from '../../components/cluster/ScorecardYears.tsx';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { Figure } from '../../components/Figure.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../useLoad.ts';

const INDICATORS = [
  'member_firms',
  'research_members',
  'public_service_platforms',
  'promotion_organisation',
  'chain_leaders',
  'supply_link_density',
  'chain_coverage',
  'energy_per_output',
  'national_innovation_centres',
  'rd_intensity',
  'research_links_share',
];

/**
 * The cluster's scorecard: its rank with the Monte-Carlo interval, its type
 * (basic, key strategic, frontier) and the development path the literature
 * gives that type, where it stands against its peers, and the type's
 * typical problems checked on its figures.
 */
export function EvaluationTab(props: { cluster: ClusterProfile }) {
  const { t, lang, join } = useLang();
  const tt = useDictionary(rankingsText);
  const ty = useDictionary(yearsPeersText);
  const [peerSet, setPeerSet] = useState('');
  const { data, error } = useLoad(`${props.cluster.id}|${peerSet}`, () =>
    rankingsApi.scorecard(props.cluster.id, peerSet),
  );
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="muted">{t('loading')}</p>;
  const txt = (x: { zh: string; en: string }) => (lang === 'en' ? x.en : x.zh);
  if (data.status === 'no_member_data' || !data.ranking || !data.typology) {
    return (
      <section className="tab evaluation-tab" data-testid="tab-evaluation">
        <p className="muted" data-testid="scorecard-no-data">
          {tt('noMemberData')}
        </p>
      </section>
    );
  }
  const r = data.ranking;
  const typology = data.typology;
  // Indicator ids of the bundled systems in words; an id of a user's own system is shown as written.
  const indicator = (id: string) =>
    INDICATORS.includes(id) ? tt(`ind.${id}` as 'ind.member_firms') : id;
  const num = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  return (
    <section className="tab evaluation-tab" data-testid="tab-evaluation">
      <p data-testid="scorecard-rank">
        <Figure
          provenance={tt('rankBasis', { share: formatPercent(lang, r.synthetic_share) })}
          synthetic={r.synthetic_share > 0}
        >
          <b>
            {data.peerSet
              ? ty('ranksAmongSet', {
                  rank: r.rank,
                  n: data.peers.length + 1,
                  name: data.peerSet.name,
                  score: r.score.toFixed(3),
                })
              : tt('rankAmong', {
                  rank: r.rank,
                  low: r.rank_low ?? r.rank,
                  high: r.rank_high ?? r.rank,
                  score: r.score.toFixed(3),
                })}
          </b>
        </Figure>
      </p>
      {r.synthetic_share > 0 ? <p className="muted">{tt('syntheticNote')}</p> : null}
      <p data-testid="scorecard-type">
        {tt('type')}: <b>{tt(`type.${typology.type}` as 'type.basic')}</b>{' '}
        <span className="muted">
          {tt('decidedBy', { by: tt(`by.${typology.decidedBy}` as 'by.none') })}
        </span>
      </p>
      <h3>{tt('path')}</h3>
      <ol data-testid="scorecard-path">
        {typology.path.map((p) => (
          <li key={p.id} title={p.section}>
            {txt(p.text)}
          </li>
        ))}
      </ol>
      <PeerSetPanel cluster={props.cluster.id} peerSet={peerSet} onChoose={setPeerSet} />
      <h3 data-testid="scorecard-peers" data-peers={data.peers.join(',')}>
        {data.peerSet
          ? ty('peerSetShown', { name: data.peerSet.name })
          : tt('peers', { n: data.peers.length })}
      </h3>
      {data.peersLeftOut.length ? (
        <p className="muted">{ty('leftOut', { list: data.peersLeftOut.join(', ') })}</p>
      ) : null}
      <table className="table">
        <thead>
          <tr>
            <th>{tt('indicator')}</th>
            <th className="num">{tt('value')}</th>
            <th className="num">{tt('median')}</th>
            <th className="num">{tt('best')}</th>
            <th>{tt('position')}</th>
          </tr>
        </thead>
        <tbody>
          {data.comparison.map((c) => (
            <tr key={c.indicator}>
              <td>{indicator(c.indicator)}</td>
              <td className="num">{num(c.value)}</td>
              <td className="num">{num(c.peerMedian)}</td>
              <td className="num">{num(c.peerBest)}</td>
              <td>{tt(`position.${c.position}` as 'position.ahead')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ScorecardYears
        cluster={props.cluster.id}
        designation={props.cluster.designation}
        peerSet={peerSet}
      />
      <h3>{tt('problems')}</h3>
      <ul>
        {data.diagnosis.map((d) => (
          <li key={d.problem}>
            {txt(d.name)}: {tt(`status.${d.status}` as 'status.no data')}
            {d.missing?.length ? (
              <span className="muted"> ({join(d.missing.map(indicator))})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
