import { DataText, SourceText } from '../components/SourceText.tsx';
import { catalogApi, type MeasureYear } from '../api/catalog.ts';
import { SyntheticBadge, UnverifiedBadge } from '../components/Badges.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { catalogText } from '../i18n/catalog.ts';
import { pagesText } from '../i18n/pages.ts';
import { formatNumber } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../useLoad.ts';
import { useState } from 'react';
import { sessionApi } from '../api/session.ts';
import { OrganizationEditor } from '../components/OrganizationEditor.tsx';
import { OrganizationHistory } from '../components/OrganizationHistory.tsx';
import { provenanceLine, provenanceText } from '../provenance.ts';
import { Quantity } from '../components/Quantity.tsx';
import type { Unit } from '../format.ts';
import { clusterHref, organizationHref, regionHref } from '../route.ts';

const MEASURES = ['employees', 'revenue', 'output', 'rdSpend', 'patents'] as const;
/** Revenue, output and R&D spend are stored in 万元 (core/model/organization.ts). */
const MEASURE_UNITS: Record<(typeof MEASURES)[number], Unit> = {
  employees: 'persons',
  revenue: 'yuan10k',
  output: 'yuan10k',
  rdSpend: 'yuan10k',
  patents: 'patents',
};

/**
 * One organisation: what it is, where, its industries and tags, its yearly
 * figures (confidential: shown as restricted when the server withholds them),
 * its links and clusters, each with its provenance on hover, and the history
 * of every change to it (an analyst may undo one).
 */
export function OrganizationPage(props: { id: string }) {
  const l = useLang();
  const { t, name, code, lang, join } = l;
  const tt = useDictionary(catalogText);
  const tp = useDictionary(pagesText);
  const [generation, setGeneration] = useState(0);
  const { data: org, error } = useLoad(`${props.id}|${generation}`, () =>
    catalogApi.organization(props.id),
  );
  const me = useLoad('me', () => sessionApi.me());
  const canEdit = me.data?.role === 'analyst' || me.data?.role === 'admin';
  const [editing, setEditing] = useState(false);

  if (error) {
    return (
      <section className="page" role="alert">
        {t('loadFailed')}: {error} · <a href="#/">{tp('backToMap')}</a>
      </section>
    );
  }
  if (!org) return <section className="page muted">{t('loading')}</section>;

  const measures = org.measures ?? [];
  const restricted = org.restricted === true || org.measures === undefined;
  const cell = (m: MeasureYear, k: (typeof MEASURES)[number]) => (
    <Quantity value={m[k]} unit={MEASURE_UNITS[k]} />
  );
  const restrictedMark = (
    <span className="restricted" title={tt('restricted')}>
      —
    </span>
  );

  return (
    <section className="page organization-page" data-testid="organization-page">
      <header className="page-head">
        <h2 data-testid="organization-name" title={provenanceText(org.provenance, l)}>
          {name(org.name, org.nameEn)}
        </h2>
        <span className="badge">{code('kind', org.kind)}</span>
        {org.synthetic ? <SyntheticBadge /> : null}
        {org.verified ? null : <UnverifiedBadge />}
        {canEdit && !editing ? (
          <button type="button" onClick={() => setEditing(true)} data-testid="edit-open">
            {tt('edit')}
          </button>
        ) : null}
      </header>
      {editing ? (
        <OrganizationEditor
          org={org}
          onSaved={() => {
            setEditing(false);
            setGeneration((g) => g + 1);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
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
          <DataText text={join([...org.industries, ...org.industryLabels]) || '—'} />
        </dd>
        <dt>{tt('tags')}</dt>
        <dd>{join(org.tags.map((x) => code('tag', x))) || '—'}</dd>
      </dl>

      <h3>{tt('measures')}</h3>
      {restricted && measures.length === 0 ? (
        <p className="muted" data-testid="measures-restricted">
          {restrictedMark} {tt('restricted')}
        </p>
      ) : measures.length === 0 ? (
        <p className="muted">{tt('noMeasures')}</p>
      ) : (
        <table className="table" data-testid="measures">
          <thead>
            <tr>
              <th>{tt('year')}</th>
              {MEASURES.map((k) => (
                <th key={k} className="num">
                  {tt(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.year}>
                <td>{m.year}</td>
                {MEASURES.map((k) => (
                  <td key={k} className="num">
                    {cell(m, k)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{tt('clusters')}</h3>
      {org.clusters.length === 0 ? (
        <p className="muted">—</p>
      ) : (
        <ul data-testid="organization-clusters">
          {org.clusters.map((c) => (
            <li key={c.id}>
              <a href={clusterHref(c.id)}>{name(c.name, c.nameEn)}</a>
              {c.role ? <span className="muted"> · {code('role', c.role)}</span> : null}
            </li>
          ))}
        </ul>
      )}

      <h3>{tt('links')}</h3>
      {org.links.length === 0 ? (
        <p className="muted">{tt('noLinks')}</p>
      ) : (
        <table className="table" data-testid="organization-links">
          <thead>
            <tr>
              <th>{tt('direction')}</th>
              <th>{t('kind')}</th>
              <th>{tt('partner')}</th>
              <th>{tt('product')}</th>
              <th className="num">{tt('value')}</th>
              <th>{tt('year')}</th>
            </tr>
          </thead>
          <tbody>
            {org.links.map((k) => (
              <tr key={k.id} title={provenanceText(k.provenance, l)}>
                <td>{tt(k.direction)}</td>
                <td>{code('link', k.type)}</td>
                <td>
                  <a href={organizationHref(k.other)}>{k.otherName ?? k.other}</a>
                  {k.synthetic ? <SyntheticBadge /> : null}
                </td>
                <td>{k.product ?? '—'}</td>
                <td className="num">
                  {k.value === undefined
                    ? restrictedMark
                    : k.value === null
                      ? '—'
                      : formatNumber(lang, k.value)}
                </td>
                <td>{k.year ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted provenance-line">
        {t('provenance')}: <SourceText text={provenanceLine(org.provenance, l)} />
      </p>
      <OrganizationHistory
        id={org.id}
        canUndo={canEdit}
        generation={generation}
        onUndone={() => setGeneration((g) => g + 1)}
      />
    </section>
  );
}
