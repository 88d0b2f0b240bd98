import type { Scorecard } from '../../api/rankings.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { useIndicatorName } from './use-indicator-name.ts';

/** The cluster against its peers (or a saved peer set): value, peers' median and best, position. */
export function PeerComparison({ data }: { data: Scorecard }) {
  const tt = useDictionary(rankingsText);
  const ty = useDictionary(yearsPeersText);
  const indicator = useIndicatorName();
  const num = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  return (
    <>
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
    </>
  );
}
