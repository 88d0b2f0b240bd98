import type { ReactNode } from 'react';
import type { MatrixParams } from '../../api/index.ts';
import { complexityCsvHref, type Opportunities } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { differentiationText } from '../../i18n/differentiation.ts';
import { useLang } from '../../lang.tsx';
import { orWithheld } from '../Withheld.tsx';

/** A figure to 2 decimals; "保密" with its reason where the disclosure rule withheld it (null). */
function fixed(v: number | null | undefined): ReactNode {
  return orWithheld(v, (x) => x.toFixed(2));
}

/**
 * The answer on a region's opportunities: its ECI, the opportunities with
 * density, COG and class, what the differentiated choice left out, and the CSV.
 */
export function OpportunityTable(props: {
  data: Opportunities;
  region: string;
  params: MatrixParams;
  differentiated: boolean;
  industry: (code: string) => string;
}) {
  const { data, industry, differentiated } = props;
  const { lang } = useLang();
  const tt = useDictionary(complexityText);
  const td = useDictionary(differentiationText);
  return (
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
  );
}
