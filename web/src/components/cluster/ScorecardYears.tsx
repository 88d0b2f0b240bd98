import { peersApi } from '../../api/peer-sets.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';

/**
 * The cluster's rank year by year among the same clusters as its scorecard
 * (its designation, or exactly its peer set): small multiples of ranks, one
 * line per cluster of the set, and the cluster's score growth since the
 * base year (the first year with data), all on the base year's scale.
 */
export function ScorecardYears(props: { cluster: string; designation: string; peerSet: string }) {
  const { lang } = useLang();
  const tt = useDictionary(yearsPeersText);
  const tr = useDictionary(rankingsText);
  const key = `${props.cluster}|${props.designation}|${props.peerSet}`;
  const { data } = useLoad(key, async () => {
    const first = await peersApi.years({
      designation: props.designation,
      years: '',
      baseYear: undefined,
      runs: 0,
      peerSet: props.peerSet || undefined,
    });
    if (first.years.length < 2) return first;
    return peersApi.years({
      designation: props.designation,
      years: '',
      baseYear: first.years[0],
      runs: 0,
      peerSet: props.peerSet || undefined,
    });
  });
  if (!data || data.years.length < 2) return null;
  const shown = props.peerSet ? [...new Set(data.rows.map((r) => r.alternative))] : [props.cluster];
  const cell = (id: string, y: number) =>
    data.rows.find((r) => r.alternative === id && r.year === y);
  const nameOf = (id: string) => data.rows.find((r) => r.alternative === id)?.name ?? id;
  const last = cell(props.cluster, data.years.at(-1) as number);
  return (
    <section data-testid="scorecard-years">
      <h3>{tt('yearsTitle')}</h3>
      <p className="muted">
        {tt('baseYear')} {data.baseYear}
        {last?.scoreGrowthBase !== null && last?.scoreGrowthBase !== undefined
          ? ` · ${tt('growth')} ${formatPercent(lang, last.scoreGrowthBase)}`
          : ''}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th>{tr('cluster')}</th>
            {data.years.map((y) => (
              <th key={y} className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((id) => (
            <tr key={id} data-testid="scorecard-years-row" data-cluster={id}>
              <th scope="row">{id === props.cluster ? <b>{nameOf(id)}</b> : nameOf(id)}</th>
              {data.years.map((y) => {
                const c = cell(id, y);
                return (
                  <td key={y} className="num" title={c ? c.score.toFixed(3) : ''}>
                    {c ? `${c.rank} / ${c.of}` : '—'}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
