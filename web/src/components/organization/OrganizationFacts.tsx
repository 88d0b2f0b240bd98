import type { OrganizationDetail } from '../../api/catalog.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { catalogText } from '../../i18n/catalog.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import { IndustryCodes } from '../IndustryCodes.tsx';
import { DataText } from '../SourceText.tsx';

/**
 * What an organisation is and where: its credit code, region (linked),
 * address, coordinates and how precise they are, its GB/T 4754 classes by
 * title, its own industry labels as data, and its tags in words.
 */
export function OrganizationFacts({ org }: { org: OrganizationDetail }) {
  const { name, code, join, lang } = useLang();
  const tt = useDictionary(catalogText);
  return (
    <dl className="facts">
      {org.uscc ? (
        <>
          <dt>{tt('uscc')}</dt>
          <dd>{org.uscc}</dd>
        </>
      ) : null}
      <dt>{tt('region')}</dt>
      <dd>
        {org.region ? (
          <a href={regionHref(org.region)}>
            {name(org.regionNameZh ?? org.region, org.regionNameEn)}
          </a>
        ) : (
          '—'
        )}
      </dd>
      {org.address ? (
        <>
          <dt>{tt('address')}</dt>
          <dd>
            <DataText text={org.address} />
          </dd>
        </>
      ) : null}
      {org.lon !== null && org.lat !== null ? (
        <>
          <dt>{tt('coordinates')}</dt>
          <dd>
            {org.lon.toFixed(4)}, {org.lat.toFixed(4)} {org.crs ? `(${org.crs})` : ''}
            {org.locationPrecision ? (
              <span className="muted" data-testid="location-precision">
                {' · '}
                {tt(`precision.${org.locationPrecision}` as 'precision.site')}
              </span>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt>{tt('industries')}</dt>
      <dd>
        <IndustryCodes codes={org.industries} />
        {org.industries.length > 0 && org.industryLabels.length > 0
          ? lang === 'en'
            ? '; '
            : '；'
          : ''}
        {org.industryLabels.length ? <DataText text={join(org.industryLabels)} /> : null}
        {org.industries.length + org.industryLabels.length === 0 ? '—' : null}
      </dd>
      <dt>{tt('tags')}</dt>
      <dd>{join(org.tags.map((x) => code('tag', x))) || '—'}</dd>
    </dl>
  );
}
