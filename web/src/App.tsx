import { lazy, Suspense, useCallback, useEffect, useState, type ComponentType } from 'react';
import { api } from './api.ts';
import { Account } from './components/Account.tsx';
import { SkipLink } from './components/SkipLink.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { ChinaMap } from './components/ChinaMap.tsx';
import { ClusterList } from './components/ClusterList.tsx';
import { ClusterPanel } from './components/ClusterPanel.tsx';
import { DetectPanel, type DetectResult } from './components/DetectPanel.tsx';
import { DrillBar, useDrillDown } from './components/DrillDown.tsx';
import { RegionPage } from './components/RegionPage.tsx';
import { SyntheticBadge } from './components/Badges.tsx';
import { SyntheticBanner } from './components/SyntheticBanner.tsx';
import { formatNumber } from './i18n.ts';
import { useLang } from './lang.tsx';
import { useDictionary } from './i18n/dictionary.ts';
import { pagesText } from './i18n/pages.ts';
import { regionHref, sectionHref, SECTIONS, useRoute, type Section } from './route.ts';
import type { Cluster, GeoJson, Region, Stats } from './types.ts';

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

interface Data {
  geo: GeoJson;
  provinces: Region[];
  clusters: Cluster[];
  stats: Stats;
}

/**
 * The pages by the URL's hash (route.ts): the China map with the clusters,
 * the list beside it and a cluster panel; a region's page; a cluster's
 * profile; chains, networks, rankings, data and reports.
 */
export function App() {
  const { t, lang, setLang, name } = useLang();
  const route = useRoute();
  const tt = useDictionary(pagesText);
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [detected, setDetected] = useState<DetectResult | null>(null);
  const [shown, setShown] = useState<Cluster[] | null>(null);
  const drill = useDrillDown();

  const load = useCallback(() => {
    setError(null);
    Promise.all([api.geo('province'), api.provinces(), api.clusters(), api.stats()])
      .then(([geo, provinces, clusters, stats]) => setData({ geo, provinces, clusters, stats }))
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(load, [load]);

  return (
    <div className="app">
      <header className="top">
        <SkipLink />
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <span className="muted">{t('appSubtitle')}</span>
        </div>
        {data ? (
          <div className="stats" data-testid="stats">
            <span>
              {t('clusters')} <b>{formatNumber(lang, data.stats.clusters)}</b>
            </span>
            <span>
              {t('organizations')} <b>{formatNumber(lang, data.stats.organizations)}</b>
              {data.stats.synthetic_organizations > 0 ? (
                <SyntheticBadge count={data.stats.synthetic_organizations} />
              ) : null}
            </span>
            <span>
              {t('links')} <b>{formatNumber(lang, data.stats.links)}</b>
              {data.stats.synthetic_links > 0 ? (
                <SyntheticBadge count={data.stats.synthetic_links} />
              ) : null}
            </span>
          </div>
        ) : (
          // The same box before the figures come, so the header does not jump.
          <div className="stats" aria-hidden="true" />
        )}
        <SearchBox />
        <nav className="tools">
          <a
            href="#/"
            className={route.page === 'map' ? 'nav current' : 'nav'}
            data-testid="nav-map"
          >
            {t('navMap')}
          </a>
          <a
            href={regionHref()}
            className={route.page === 'region' ? 'nav current' : 'nav'}
            data-testid="nav-region"
          >
            {t('navRegion')}
          </a>
          {SECTIONS.map((section) => (
            <a
              key={section}
              href={sectionHref(section)}
              className={route.page === section ? 'nav current' : 'nav'}
              data-testid={`nav-${section}`}
            >
              {tt(section)}
            </a>
          ))}
          <button
            type="button"
            onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
            title={t('switchLanguageTitle')}
            // The button names the other language in that language.
            lang={lang === 'en' ? 'zh-CN' : 'en'}
            data-testid="lang-switch"
          >
            {t('switchLanguage')}
          </button>
          <Account />
        </nav>
      </header>
      {/* Every page, printed too, while the atlas holds synthetic records. */}
      <SyntheticBanner stats={data?.stats ?? null} />
      {error ? (
        <div className="error" role="alert">
          {t('loadFailed')}: {error}{' '}
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
      {data && route.page === 'map' ? (
        <main className={selected ? 'main with-panel' : 'main'}>
          <ChinaMap
            geo={data.geo}
            provinces={data.provinces}
            clusters={shown ?? data.clusters}
            selected={selected}
            onSelect={setSelected}
            detected={detected}
            focus={drill.focus}
            prefectures={drill.prefectures}
            cities={drill.cities}
            firms={drill.firms?.items}
            onProvince={drill.open}
          />
          <DrillBar drill={drill} provinces={data.provinces} />
          <DetectPanel
            provinces={data.provinces}
            result={detected}
            onResult={setDetected}
            focus={drill.focus}
          />
          <ClusterList
            clusters={data.clusters}
            selected={selected}
            onSelect={setSelected}
            onShownChange={setShown}
            focus={focusOf(drill.focus, data.provinces, name, () => drill.open(null))}
          />
          {selected ? <ClusterPanel id={selected} onClose={() => setSelected(null)} /> : null}
        </main>
      ) : null}
    </div>
  );
}

/** The drilled province for the cluster list: its code, its name, the way back. */
function focusOf(
  code: string | null,
  provinces: Region[],
  name: (zh: string, en: string | null) => string,
  onLeave: () => void,
) {
  const p = code ? provinces.find((r) => r.code === code) : undefined;
  return code ? { code, name: p ? name(p.nameZh, p.nameEn) : code, onLeave } : null;
}
