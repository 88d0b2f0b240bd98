import { api } from '../api/index.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { clusterHref } from '../route.ts';
import { ClusterSummary } from './ClusterSummary.tsx';
import { colon } from '../i18n/colon.ts';

/** One cluster: regions, provenance, members by kind and tag, synthetic share, members. */
export function ClusterPanel(props: { id: string; onClose: () => void }) {
  const { t, name, lang } = useLang();
  const { data: profile, error } = useLoad(props.id, () => api.cluster(props.id));

  if (error) {
    return (
      <aside className="panel" role="alert">
        {t('loadFailed')}
        {colon(lang)}
        {error}
      </aside>
    );
  }
  if (!profile) return <aside className="panel muted">{t('loading')}</aside>;

  const p = profile;
  return (
    <aside className="panel" data-testid="cluster-panel" aria-label={name(p.name, p.nameEn)}>
      <header className="panel-head">
        <h2>{name(p.name, p.nameEn)}</h2>
        <button type="button" className="close" onClick={props.onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <a className="open-profile" href={clusterHref(p.id)} data-testid="open-profile">
        {t('openProfile')} →
      </a>
      <ClusterSummary profile={p} />
    </aside>
  );
}
