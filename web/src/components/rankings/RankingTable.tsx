import type { Rankings } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { clusterHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { ClusterName } from '../cluster/ClusterName.tsx';
import { RankBar } from './RankBar.tsx';

/** The ranked clusters: rank, score, Monte-Carlo interval and synthetic share. */
export function RankingTable(props: { shown: Rankings; busy: boolean }) {
  const { shown } = props;
  const { lang } = useLang();
  const tt = useDictionary(rankingsText);
  return (
    <table className="table ranking-table" data-testid="ranking-table" aria-busy={props.busy}>
      <thead>
        <tr>
          <th className="num">{tt('rank')}</th>
          <th>{tt('cluster')}</th>
          <th className="num">{tt('score')}</th>
          <th>{tt('interval')}</th>
          <th className="num">{tt('synthetic')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.rows.map((r) => (
          <tr key={r.alternative} data-testid="ranking-row" data-cluster={r.alternative}>
            <td className="num">{r.rank}</td>
            <td>
              <a href={clusterHref(r.alternative)}>
                <ClusterName id={r.alternative} name={r.name} />
              </a>
            </td>
            <td className="num">{r.score.toFixed(3)}</td>
            <td>
              <RankBar
                low={r.rank_low ?? r.rank}
                rank={r.rank}
                high={r.rank_high ?? r.rank}
                n={shown.rows.length}
              />
            </td>
            <td className="num">
              {r.synthetic_share > 0 ? (
                <>
                  {formatPercent(lang, r.synthetic_share)} <SyntheticBadge />
                </>
              ) : (
                '0'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
