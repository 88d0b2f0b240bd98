import { useState, type ReactNode } from 'react';
import type { MatrixParams } from '../../api.ts';
import { complexityApi, complexityCsvHref } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { differentiationText } from '../../i18n/differentiation.ts';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import { useLoad } from '../../useLoad.ts';
import { orWithheld } from '../Withheld.tsx';

/** A figure to 2 decimals; "保密" with its reason where the disclosure rule withheld it (null). */
function fixed(v: number | null | undefined): ReactNode {
  return orWithheld(v, (x) => x.toFixed(2));
}

/** A region's growth opportunities, optionally leaving out what its neighbours already do. */
export function RegionOpportunities(props: { region: string; params: MatrixParams }) {
  const { t, lang } = useLang();
  const inm = useIndustryName();
  const tt = useDictionary(complexityText);
  const td = useDictionary(differentiationText);
  const [wanted, setDifferentiated] = useState(false);
  // Between provinces there is no "other region of the same province": the box would do nothing.
  const possible = props.params.regionLevel !== 'province';
  const differentiated = wanted && possible;
  const key = `${props.region}|${JSON.stringify(props.params)}|${differentiated}`;
  const { data, error } = useLoad(key, () =>
    complexityApi.opportunities(props.region, props.params, differentiated),
  );
  const industry = (code: string) => {
    const n = data?.industryNames.find((x) => x.code === code);
    return n ? `${code} ${inm.name(code, n.nameZh, n.nameEn)}` : code;
  };
  return (
    <section className="card wide" data-testid="opportunities">
      <h3>{tt('title')}</h3>
      <p className="muted">{tt('hint')}</p>
      <label>
        <input
          type="checkbox"
          checked={differentiated}
          disabled={!possible}
          aria-describedby={possible ? undefined : 'differentiation-why'}
          onChange={(e) => setDifferentiated(e.target.checked)}
          data-testid="differentiated"
        />{' '}
        {tt('differentiated')}
      </label>
      {possible ? null : (
        <p className="muted" id="differentiation-why" data-testid="differentiation-why">
          {td('provinceLevel')}{' '}
          <a href={regionHref(`${props.region.slice(0, 2)}0100`)} data-testid="differentiation-go">
            {td('toPrefectures')}
          </a>
        </p>
      )}
      {error ? <p className="muted">{error}</p> : null}
      {!data && !error ? <p className="muted">{t('loading')}</p> : null}
      {data ? (
        <>
          <p>
            {typeof data.eci === 'number' ? (
              tt('eci', { v: data.eci.toFixed(2) })
            ) : (
              <>
                {tt('eci', { v: '' })}
                {fixed(data.eci)}
              </>
            )}
          </p>
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
                  <td className="num">{fixed(o.density)}</td>
                  <td className="num">{fixed(o.cog)}</td>
                  <td>{tt(`class.${o.class}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.excluded.length ? (
            <p className="muted" data-testid="differentiation-excluded">
              {tt('excluded', {
                list: data.excluded.map(industry).join(lang === 'en' ? '; ' : '、'),
              })}
            </p>
          ) : differentiated ? (
            <p className="muted" data-testid="differentiation-none">
              {td('noneExcluded')}
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
