import { lazy, Suspense, type ComponentType } from 'react';
import { AppHeader } from './components/app/AppHeader.tsx';
import { MapView } from './components/app/MapView.tsx';
import { useAtlasData } from './components/app/use-atlas-data.ts';
import { useMapState } from './components/app/use-map-state.ts';
import { RegionPage } from './pages/RegionPage.tsx';
import { SyntheticBanner } from './components/SyntheticBanner.tsx';
import { useLang } from './lang.tsx';
import { useDictionary } from './i18n/dictionary.ts';
import { pagesText } from './i18n/pages.ts';
import { useRoute, type Section } from './route.ts';
import { colon } from './i18n/colon.ts';

// Pages other than the map load on demand (their own chunks): the first page stays light.
const OrganizationPage = lazy(() =>
  import('./pages/OrganizationPage.tsx').then((m) => ({ default: m.OrganizationPage })),
);
const ClusterPage = lazy(() =>
  import('./pages/ClusterPage.tsx').then((m) => ({ default: m.ClusterPage })),
);
const SECTION_PAGES: Record<Section, ComponentType<{ rest: string[] }>> = {
  chains: lazy(() => import('./pages/ChainsPage.tsx').then((m) => ({ default: m.ChainsPage }))),
  networks: lazy(() =>
    import('./pages/NetworksPage.tsx').then((m) => ({ default: m.NetworksPage })),
  ),
  matching: lazy(() =>
    import('./pages/MatchingPage.tsx').then((m) => ({ default: m.MatchingPage })),
  ),
  rankings: lazy(() =>
    import('./pages/RankingsPage.tsx').then((m) => ({ default: m.RankingsPage })),
  ),
  world: lazy(() => import('./pages/WorldPage.tsx').then((m) => ({ default: m.WorldPage }))),
  data: lazy(() => import('./pages/DataPage.tsx').then((m) => ({ default: m.DataPage }))),
  reports: lazy(() => import('./pages/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage }))),
  // The API inside the atlas; its stock Swagger pages open beside it.
  api: lazy(() => import('./pages/ApiPage.tsx').then((m) => ({ default: m.ApiPage }))),
};

/**
 * The pages by the URL's hash (route.ts): the China map with the clusters,
 * the list beside it and a cluster panel; a region's page; a cluster's
 * profile; chains, networks, rankings, data and reports.
 */
export function App() {
  const { t, lang } = useLang();
  const route = useRoute();
  const tt = useDictionary(pagesText);
  const { data, error, load } = useAtlasData();
  const map = useMapState();

  return (
    <div className="app">
      <AppHeader stats={data?.stats ?? null} page={route.page} />
      {/* Every page, printed too, while the atlas holds synthetic records. */}
      <SyntheticBanner stats={data?.stats ?? null} />
      {error ? (
        <div className="error" role="alert">
          {t('loadFailed')}
          {colon(lang)}
          {error}{' '}
          <button type="button" onClick={load}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {/* The map's own data: other pages load theirs and must not jump when this arrives. */}
      {!data && !error && route.page === 'map' ? (
        <div className="loading muted">{t('loading')}</div>
      ) : null}
      {route.page === 'region' ? <RegionPage code={route.code} /> : null}
      <Suspense fallback={<div className="loading muted">{t('loading')}</div>}>
        {route.page === 'cluster' ? <ClusterPage id={route.id} tab={route.tab} /> : null}
        {route.page === 'organization' ? <OrganizationPage id={route.id} /> : null}
        {route.page !== 'map' &&
        route.page !== 'region' &&
        route.page !== 'cluster' &&
        route.page !== 'organization' &&
        route.page !== 'notFound'
          ? (() => {
              const Page = SECTION_PAGES[route.page];
              return <Page rest={route.rest} />;
            })()
          : null}
      </Suspense>
      {route.page === 'notFound' ? (
        <section className="page" data-testid="page-not-found">
          {tt('notFound')} · <a href="#/">{tt('backToMap')}</a>
        </section>
      ) : null}
      {data && route.page === 'map' ? <MapView data={data} state={map} /> : null}
    </div>
  );
}
