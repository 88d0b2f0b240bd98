import { lazy, Suspense, type ComponentType } from 'react';
import { api } from '../api/index.ts';
import { NationalBadge, SyntheticBadge, UnverifiedBadge } from '../components/Badges.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { pagesText } from '../i18n/pages.ts';
import { useLang } from '../lang.tsx';
import { useLoad } from '../use-load.ts';
import { CLUSTER_TABS, clusterHref, type ClusterTab } from '../route.ts';
import type { ClusterProfile } from '../types.ts';
import { colon } from '../i18n/colon.ts';

type Tab = ComponentType<{ cluster: ClusterProfile }>;

// Each tab is its own chunk: the map page does not pay for the panorama or the network view.
const TABS: Record<ClusterTab, Tab> = {
  overview: lazy(() =>
    import('./cluster/OverviewTab.tsx').then((m) => ({ default: m.OverviewTab })),
  ),
  panorama: lazy(() =>
    import('./cluster/PanoramaTab.tsx').then((m) => ({ default: m.PanoramaTab })),
  ),
  network: lazy(() => import('./cluster/NetworkTab.tsx').then((m) => ({ default: m.NetworkTab }))),
  metrics: lazy(() => import('./cluster/MetricsTab.tsx').then((m) => ({ default: m.MetricsTab }))),
  evaluation: lazy(() =>
    import('./cluster/EvaluationTab.tsx').then((m) => ({ default: m.EvaluationTab })),
  ),
  actions: lazy(() => import('./cluster/ActionsTab.tsx').then((m) => ({ default: m.ActionsTab }))),
};

/** A cluster's profile: its name and badges, the tabs, the chosen tab. */
export function ClusterPage(props: { id: string; tab: ClusterTab }) {
  const { t, name, lang } = useLang();
  const tt = useDictionary(pagesText);
  const { data: cluster, error } = useLoad(props.id, () => api.cluster(props.id));

  if (error) {
    return (
      <section className="page" role="alert">
        {t('loadFailed')}
        {colon(lang)}
        {error} · <a href="#/">{tt('backToMap')}</a>
      </section>
    );
  }
  if (!cluster) return <section className="page muted">{t('loading')}</section>;
  const Body = TABS[props.tab];
  return (
    <section className="page cluster-page" data-testid="cluster-page">
      <header className="page-head">
        <h2 data-testid="cluster-title">{name(cluster.name, cluster.nameEn)}</h2>
        {cluster.designation === 'national' ? <NationalBadge round={cluster.round} /> : null}
        {cluster.synthetic ? <SyntheticBadge /> : null}
        {cluster.verified ? null : <UnverifiedBadge />}
      </header>
      <nav className="tabs" role="tablist">
        {CLUSTER_TABS.map((tab) => (
          <a
            key={tab}
            role="tab"
            aria-selected={tab === props.tab}
            className={tab === props.tab ? 'tab-link current' : 'tab-link'}
            href={clusterHref(cluster.id, tab)}
            data-testid={`tab-link-${tab}`}
          >
            {tt(`tab.${tab}`)}
          </a>
        ))}
      </nav>
      <Suspense fallback={<div className="muted">{t('loading')}</div>}>
        <Body cluster={cluster} />
      </Suspense>
    </section>
  );
}
