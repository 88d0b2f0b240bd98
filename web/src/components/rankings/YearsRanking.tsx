import { useEffect, useState } from 'react';
import { peersApi, type YearsRanking as Answer } from '../../api/peer-sets.ts';
import { ClusterName } from '../cluster/ClusterName.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { clusterHref } from '../../route.ts';
import { useLoad } from '../../useLoad.ts';

type Row = Answer['rows'][number];

/**
 * The horse race by year: a year selector over the years with data, each
 * year's ranks with the change since the previous year (and its Monte-Carlo
 * interval), the score's growth since the base year, and what changed most,
 * indicator by indicator. Scores are on the base year's scale.
 */
export function YearsRanking(props: { designation: string; runs: number }) {
  const { t, lang } = useLang();
  const tt = useDictionary(yearsPeersText);
  const tr = useDictionary(rankingsText);
  const [range, setRange] = useState({ from: '', to: '' });
  const [baseYear, setBaseYear] = useState<number | undefined>(undefined);
  const years = range.from && range.to ? `${range.from}-${range.to}` : '';
  const runs = Math.min(props.runs, 200);
  const key = JSON.stringify([props.designation, years, baseYear, runs]);
  const { data, error } = useLoad(key, () =>
    peersApi.years({ designation: props.designation, years, baseYear, runs }),
  );
  // The first answer says which years have data: the range and the base year start from them.
  useEffect(() => {
    if (!data || data.years.length === 0) return;
    if (!range.from) setRange({ from: String(data.years[0]), to: String(data.years.at(-1)) });
    if (baseYear === undefined) setBaseYear(data.years[0]);
  }, [data]);
  const [year, setYear] = useState<number | null>(null);
  const shownYear =
    data && year !== null && data.years.includes(year) ? year : (data?.years.at(-1) ?? null);
  const [open, setOpen] = useState<string | null>(null);
  const indicatorName = (id: string) => {
    const i = data?.indicators.find((x) => x.id === id);
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
  const allYears = data?.years ?? [];
  return (
    <section className="years-ranking" data-testid="years-ranking">
      <h3>{tt('yearsTitle')}</h3>
      <p className="muted">{tt('yearsExplain')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {data && data.years.length === 0 ? (
        <p className="muted" data-testid="years-none">
          {tt('noYears')}
        </p>
      ) : null}
      {allYears.length > 0 ? (
        <div className="years-controls">
          <label>
            {tt('from')}
            <input
              type="number"
              value={range.from}
              min={1900}
              max={2100}
              data-testid="years-from"
              onChange={(e) => setRange({ ...range, from: e.target.value })}
            />
          </label>
          <label>
            {tt('to')}
            <input
              type="number"
              value={range.to}
              min={1900}
              max={2100}
              data-testid="years-to"
              onChange={(e) => setRange({ ...range, to: e.target.value })}
            />
          </label>
          <label>
            {tt('baseYear')}
            <select
              value={baseYear ?? ''}
              data-testid="years-base"
              onChange={(e) => setBaseYear(e.target.value ? Number(e.target.value) : undefined)}
            >
              <option value="">{tt('noBase')}</option>
              {allYears.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
      {allYears.length > 0 ? (
        <div role="tablist" aria-label={tt('year')} className="year-tabs">
          {allYears.map((y) => (
            <button
              key={y}
              type="button"
              role="tab"
              aria-selected={y === shownYear}
              data-testid={`year-${y}`}
              onClick={() => setYear(y)}
            >
              {y}
            </button>
          ))}
        </div>
      ) : null}
      {data && data.missingYears.length ? (
        <p className="muted">{tt('missingYears', { list: data.missingYears.join(', ') })}</p>
      ) : null}
      {!data && !error ? <p className="muted">{t('loading')}</p> : null}
      {data && shownYear !== null ? (
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
              .filter((r) => r.year === shownYear)
              .map((r) => {
                const why = data.changes.find(
                  (c) => c.alternative === r.alternative && c.toYear === r.year,
                );
                const id = `${r.alternative}-${r.year}`;
                return (
                  <tr
                    key={id}
                    data-testid="years-row"
                    data-cluster={r.alternative}
                    data-change={r.rankChange ?? ''}
                  >
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
                      {change(r)}
                    </td>
                    <td>
                      {r.rankChangeLow !== null && r.rankChangeHigh !== null
                        ? `${r.rankChangeLow > 0 ? '+' : ''}${r.rankChangeLow} … ${r.rankChangeHigh > 0 ? '+' : ''}${r.rankChangeHigh}`
                        : '—'}
                    </td>
                    <td className="num">
                      {r.scoreGrowthBase === null ? '—' : formatPercent(lang, r.scoreGrowthBase)}
                    </td>
                    <td>
                      {why ? (
                        <button
                          type="button"
                          className="link"
                          onClick={() => setOpen(open === id ? null : id)}
                          data-testid="what-changed"
                        >
                          {why.terms
                            .slice(0, open === id ? why.terms.length : 1)
                            .map((x) =>
                              tt('contribution', {
                                name: indicatorName(x.indicator),
                                sign: x.contribution >= 0 ? '+' : '−',
                                v: Math.abs(x.contribution).toFixed(3),
                              }),
                            )
                            .join('; ')}
                        </button>
                      ) : (
                        '—'
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
