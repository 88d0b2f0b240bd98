import { useState } from 'react';
import type { MatrixParams } from '../../api/index.ts';
import { complexityApi } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { differentiationText } from '../../i18n/differentiation.ts';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import { useLoad } from '../../use-load.ts';
import { OpportunityTable } from './OpportunityTable.tsx';

/** A region's growth opportunities, optionally leaving out what its neighbours already do. */
export function RegionOpportunities(props: { region: string; params: MatrixParams }) {
  const { t } = useLang();
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
        <OpportunityTable
          data={data}
          region={props.region}
          params={props.params}
          differentiated={differentiated}
          industry={industry}
        />
      ) : null}
    </section>
  );
}
