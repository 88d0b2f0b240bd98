import { worldApi } from '../../api/world.ts';
import { IndustryCodes } from '../IndustryCodes.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { worldText } from '../../i18n/world.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';
import { colon } from '../../i18n/colon.ts';

/** The 51 DPS traded clusters, each with its NAICS count, the GB/T classes mapped into it and its closest relatives. */
export function UsTaxonomy() {
  const { t, lang } = useLang();
  const tt = useDictionary(worldText);
  const { data, error } = useLoad('world-us-clusters', () => worldApi.usClusters());
  // The sentence around the list of classes, each class read with its title in the page's language.
  const mapped = tt('gbtMapped', { list: '\u0001' }).split('\u0001');
  return (
    <section data-testid="us-taxonomy">
      <h3>{tt('usTaxonomy')}</h3>
      {!data ? <p className="muted">{error ?? t('loading')}</p> : null}
      {data ? (
        <ol className="plain-list">
          {data.clusters.map((c) => (
            <li key={c.code} data-testid="us-cluster">
              {/* The clusters' names as DPS (2016) publish them, in English. */}
              <strong lang="en">
                {c.code}. {c.nameEn}
              </strong>{' '}
              <span className="muted small">
                {tt('naicsN', { n: c.naics.length })} ·{' '}
                {c.gbt4754.length ? (
                  <>
                    {mapped[0]}
                    <IndustryCodes codes={c.gbt4754.map((g) => g.code)} />
                    {mapped[1]}
                  </>
                ) : (
                  tt('gbtNone')
                )}{' '}
                · {tt('relatedUs')}:{' '}
                <span lang="en">
                  {c.related
                    .slice(0, 3)
                    .map((r) => r.nameEn)
                    .join('; ')}
                </span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {data ? (
        <p className="muted small">
          {/* Cited as written (English sources). */}
          {tt('source')}
          {colon(lang)}
          <span lang="en">{data.sources.join('; ')}</span>
        </p>
      ) : null}
    </section>
  );
}
