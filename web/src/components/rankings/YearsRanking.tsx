import { useEffect, useState } from 'react';
import { peersApi, type YearsRanking as Answer } from '../../api/peer-sets.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { yearsPeersText } from '../../i18n/years-peers.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { YearsTable } from './YearsTable.tsx';

interface Range {
  from: string;
  to: string;
}

/**
 * The horse race by year: a year selector over the years with data, each
 * year's ranks with the change since the previous year (and its Monte-Carlo
 * interval), the score's growth since the base year, and what changed most,
 * indicator by indicator. Scores are on the base year's scale.
 */
export function YearsRanking(props: { designation: string; runs: number; peerSet?: string }) {
  const { t } = useLang();
  const tt = useDictionary(yearsPeersText);
  const [range, setRange] = useState<Range>({ from: '', to: '' });
  const [baseYear, setBaseYear] = useState<number | undefined>(undefined);
  const years = range.from && range.to ? `${range.from}-${range.to}` : '';
  const runs = Math.min(props.runs, 200);
  const key = JSON.stringify([props.designation, props.peerSet, years, baseYear, runs]);
  const { data, error } = useLoad(key, () =>
    peersApi.years({
      designation: props.designation,
      years,
      baseYear,
      runs,
      peerSet: props.peerSet,
    }),
  );
  // The first answer says which years have data: the range and the base year start from them.
  useEffect(() => {
    if (!data || data.years.length === 0) return;
    if (!range.from) setRange({ from: String(data.years[0]), to: String(data.years.at(-1)) });
    if (baseYear === undefined) setBaseYear(data.years[0]);
  }, [data]);
  const [year, setYear] = useState<number | null>(null);
  const shown =
    data && year !== null && data.years.includes(year) ? year : (data?.years.at(-1) ?? null);
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
      {data && data.years.length > 0 ? (
        <YearsControls
          years={data.years}
          range={range}
          setRange={setRange}
          baseYear={baseYear}
          setBaseYear={setBaseYear}
          shown={shown}
          setYear={setYear}
        />
      ) : null}
      {data && data.missingYears.length ? (
        <p className="muted">{tt('missingYears', { list: data.missingYears.join(', ') })}</p>
      ) : null}
      {!data && !error ? <p className="muted">{t('loading')}</p> : null}
      {data && shown !== null ? <YearsTable data={data} year={shown} /> : null}
    </section>
  );
}

/** The range of years, the base year and the year shown. */
function YearsControls(props: {
  years: Answer['years'];
  range: Range;
  setRange: (r: Range) => void;
  baseYear: number | undefined;
  setBaseYear: (y: number | undefined) => void;
  shown: number | null;
  setYear: (y: number) => void;
}) {
  const tt = useDictionary(yearsPeersText);
  const { range, setRange } = props;
  const yearInput = (which: keyof Range) => (
    <label>
      {tt(which)}
      <input
        type="number"
        value={range[which]}
        min={1900}
        max={2100}
        data-testid={`years-${which}`}
        onChange={(e) => setRange({ ...range, [which]: e.target.value })}
      />
    </label>
  );
  return (
    <>
      <div className="years-controls">
        {yearInput('from')}
        {yearInput('to')}
        <label>
          {tt('baseYear')}
          <select
            value={props.baseYear ?? ''}
            data-testid="years-base"
            onChange={(e) => props.setBaseYear(e.target.value ? Number(e.target.value) : undefined)}
          >
            <option value="">{tt('noBase')}</option>
            {props.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="tablist" aria-label={tt('year')} className="year-tabs">
        {props.years.map((y) => (
          <button
            key={y}
            type="button"
            role="tab"
            aria-selected={y === props.shown}
            data-testid={`year-${y}`}
            onClick={() => props.setYear(y)}
          >
            {y}
          </button>
        ))}
      </div>
    </>
  );
}
