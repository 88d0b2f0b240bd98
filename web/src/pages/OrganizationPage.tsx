import { OrganizationFacts } from '../components/organization/OrganizationFacts.tsx';
import { OrganizationLinks } from '../components/organization/OrganizationLinks.tsx';
import { OrganizationMeasures } from '../components/organization/OrganizationMeasures.tsx';
import { SourceText } from '../components/SourceText.tsx';
import { catalogApi } from '../api/catalog.ts';
import { SyntheticBadge, UnverifiedBadge } from '../components/Badges.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { catalogText } from '../i18n/catalog.ts';
import { pagesText } from '../i18n/pages.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { useState } from 'react';
import { sessionApi } from '../api/session.ts';
import { OrganizationEditor } from '../components/OrganizationEditor.tsx';
import { OrganizationHistory } from '../components/OrganizationHistory.tsx';
import { provenanceLine, provenanceText } from '../provenance.ts';
import { clusterHref } from '../route.ts';
import { colon } from '../i18n/colon.ts';

/**
 * One organisation: what it is, where, its industries and tags, its yearly
 * figures (confidential: shown as restricted when the server withholds them),
 * its links and clusters, each with its provenance on hover, and the history
 * of every change to it (an analyst may undo one).
 */
export function OrganizationPage(props: { id: string }) {
  const l = useLang();
  const { t, name, code } = l;
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
        {t('loadFailed')}
        {colon(l.lang)}
        {error} · <a href="#/">{tp('backToMap')}</a>
      </section>
    );
  }
  if (!org) return <section className="page muted">{t('loading')}</section>;

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
      <OrganizationFacts org={org} />

      <OrganizationMeasures org={org} />

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

      <OrganizationLinks links={org.links} />
      <p className="muted provenance-line">
        {t('provenance')}
        {colon(l.lang)}
        <SourceText text={provenanceLine(org.provenance, l)} />
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
