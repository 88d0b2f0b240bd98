import { useState } from 'react';
import { rankingsApi } from '../../api/rankings.ts';
import { PeerSetPanel } from '../../components/cluster/PeerSetPanel.tsx';
import { ScorecardYears } from '../../components/cluster/ScorecardYears.tsx';
import { PeerComparison } from '../../components/evaluation/PeerComparison.tsx';
import { ScorecardDiagnosis } from '../../components/evaluation/ScorecardDiagnosis.tsx';
import { ScorecardRank } from '../../components/evaluation/ScorecardRank.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../use-load.ts';
import { colon } from '../../i18n/colon.ts';

/**
 * The cluster's scorecard: its rank with the Monte-Carlo interval, its type
 * (basic, key strategic, frontier) and the development path the literature
 * gives that type, where it stands against its peers, and the type's
 * typical problems checked on its figures.
 */
export function EvaluationTab(props: { cluster: ClusterProfile }) {
  const { t, lang } = useLang();
  const tt = useDictionary(rankingsText);
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
  return (
    <section className="tab evaluation-tab" data-testid="tab-evaluation">
      <ScorecardRank data={data} r={r} />
      <p data-testid="scorecard-type">
        {tt('type')}
        {colon(lang)}
        <b>{tt(`type.${typology.type}` as 'type.basic')}</b>{' '}
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
      <PeerComparison data={data} />
      <ScorecardYears
        cluster={props.cluster.id}
        designation={props.cluster.designation}
        peerSet={peerSet}
      />
      <ScorecardDiagnosis data={data} />
    </section>
  );
}
