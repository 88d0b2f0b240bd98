import { rankIntervalText } from '../rankings/rank-interval-text.ts';
import type { Scorecard } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { Figure } from '../Figure.tsx';

/** The cluster's rank with its Monte-Carlo interval (or among a saved peer set), and its provenance. */
export function ScorecardRank(props: { data: Scorecard; r: NonNullable<Scorecard['ranking']> }) {
  const { data, r } = props;
  const { lang } = useLang();
  const tt = useDictionary(rankingsText);
  const ty = useDictionary(yearsPeersText);
  return (
    <>
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
                  ...rankIntervalText(r.rank_low ?? r.rank, r.rank_high ?? r.rank),
                  score: r.score.toFixed(3),
                })}
          </b>
        </Figure>
      </p>
      {r.synthetic_share > 0 ? <p className="muted">{tt('syntheticNote')}</p> : null}
    </>
  );
}
