import { useState, type ReactNode } from 'react';
import type { YearsRanking } from '../../api/peer-sets.ts';
import { ClusterName } from '../cluster/ClusterName.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { clusterHref } from '../../route.ts';

type Row = YearsRanking['rows'][number];

/** One year's ranks: the change since the year before (and its interval), growth, what changed. */
export function YearsTable(props: { data: YearsRanking; year: number }) {
  const tt = useDictionary(yearsPeersText);
  const tr = useDictionary(rankingsText);
  const { lang } = useLang();
  const [open, setOpen] = useState<string | null>(null);
  const { data } = props;
  const indicatorName = (id: string) => {
    const i = data.indicators.find((x) => x.id === id);
    return i ? (lang === 'en' ? i.name.en : i.name.zh) : id;
  };
  const change = (r: Row) =>
    r.rankChange === null
      ? tt('first')
      : r.rankChange > 0
        ? tt('up', { n: r.rankChange })
        : r.rankChange < 0
          ? tt('down', { n: -r.rankChange })
          : tt('same');
  const why = (r: Row, id: string) => {
    const c = data.changes.find((x) => x.alternative === r.alternative && x.toYear === r.year);
    if (!c) return '—';
    const text = c.terms
      .slice(0, open === id ? c.terms.length : 1)
      .map((x) =>
        tt('contribution', {
          name: indicatorName(x.indicator),
          sign: x.contribution >= 0 ? '+' : '−',
          v: Math.abs(x.contribution).toFixed(3),
        }),
      )
      .join('; ');
    return (
      <button
        type="button"
        className="link"
        onClick={() => setOpen(open === id ? null : id)}
        data-testid="what-changed"
      >
        {text}
      </button>
    );
  };
  return (
    <table className="table" data-testid="years-table">
      <thead>
        <tr>
          <th className="num">{tr('rank')}</th>
          <th>{tt('year')}</th>
          <th>{tr('cluster')}</th>
          <th className="num">{tt('rankChange')}</th>
          <th>{tt('changeInterval')}</th>
          <th className="num">{tt('growth')}</th>
          <th>{tt('whatChanged')}</th>
        </tr>
      </thead>
      <tbody>
        {data.rows
          .filter((r) => r.year === props.year)
          .map((r) => {
            const id = `${r.alternative}-${r.year}`;
            return <YearRow key={id} r={r} change={change(r)} why={why(r, id)} />;
          })}
      </tbody>
    </table>
  );
}

/** One cluster in one year. */
function YearRow(props: { r: Row; change: string; why: ReactNode }) {
  const { lang } = useLang();
  const { r } = props;
  const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;
  return (
    <tr data-testid="years-row" data-cluster={r.alternative} data-change={r.rankChange ?? ''}>
      <td className="num">
        {r.rank} / {r.of}
      </td>
      <td>{r.year}</td>
      <td>
        <a href={clusterHref(r.alternative)}>
          <ClusterName id={r.alternative} name={r.name} />
        </a>
      </td>
      <td className="num" data-testid="rank-change">
        {props.change}
      </td>
      <td>
        {r.rankChangeLow !== null && r.rankChangeHigh !== null
          ? `${signed(r.rankChangeLow)} … ${signed(r.rankChangeHigh)}`
          : '—'}
      </td>
      <td className="num">
        {r.scoreGrowthBase === null ? '—' : formatPercent(lang, r.scoreGrowthBase)}
      </td>
      <td>{props.why}</td>
    </tr>
  );
}
