import { useState } from 'react';
import type { MatrixParams } from '../../api.ts';
import { complexityApi, complexityCsvHref } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../useLoad.ts';

/** A region's growth opportunities, optionally leaving out what its neighbours already do. */
export function RegionOpportunities(props: { region: string; params: MatrixParams }) {
  const { t, name } = useLang();
  const tt = useDictionary(complexityText);
  const [differentiated, setDifferentiated] = useState(false);
  const key = `${props.region}|${JSON.stringify(props.params)}|${differentiated}`;
  const { data, error } = useLoad(key, () =>
    complexityApi.opportunities(props.region, props.params, differentiated),
  );
  const industry = (code: string) => {
    const n = data?.industryNames.find((x) => x.code === code);
    return n ? `${code} ${name(n.nameZh, n.nameEn)}` : code;
  };
  return (
    <section className="card wide" data-testid="opportunities">
      <h3>{tt('title')}</h3>
      <p className="muted">{tt('hint')}</p>
      <label>
        <input
          type="checkbox"
          checked={differentiated}
          onChange={(e) => setDifferentiated(e.target.checked)}
        />{' '}
        {tt('differentiated')}
      </label>
      {error ? <p className="muted">{error}</p> : null}
      {!data && !error ? <p className="muted">{t('loading')}</p> : null}
      {data ? (
        <>
          <p>{tt('eci', { v: data.eci.toFixed(2) })}</p>
          <table className="table">
            <thead>
              <tr>
                <th>{tt('industry')}</th>
                <th className="num">{tt('density')}</th>
                <th className="num">{tt('cog')}</th>
                <th>{tt('class')}</th>
              </tr>
            </thead>
            <tbody>
              {data.opportunities.map((o) => (
                <tr key={o.industry} data-testid="opportunity">
                  <td>{industry(o.industry)}</td>
                  <td className="num">{o.density.toFixed(2)}</td>
                  <td className="num">{o.cog.toFixed(2)}</td>
                  <td>{tt(`class.${o.class}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.excluded.length ? (
            <p className="muted">
              {tt('excluded', { list: data.excluded.map(industry).join('、') })}
            </p>
          ) : null}
          <p className="muted">{tt('note')}</p>
          <p>
            <a
              href={complexityCsvHref('opportunities', props.params, props.region, {
                differentiated: differentiated ? 'true' : undefined,
                limit: 500,
              })}
              download
            >
              {tt('csvOpportunities')}
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
