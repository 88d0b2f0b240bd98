import { useCallback, useEffect, useState } from 'react';
import { api } from './api.ts';
import { ChinaMap } from './components/ChinaMap.tsx';
import { ClusterList } from './components/ClusterList.tsx';
import { ClusterPanel } from './components/ClusterPanel.tsx';
import { RegionPage } from './components/RegionPage.tsx';
import { SyntheticBadge } from './components/Badges.tsx';
import { formatNumber } from './i18n.ts';
import { useLang } from './lang.tsx';
import { regionHref, useRoute } from './route.ts';
import type { Cluster, GeoJson, Region, Stats } from './types.ts';

interface Data {
  geo: GeoJson;
  provinces: Region[];
  clusters: Cluster[];
  stats: Stats;
}

/**
 * Two pages by the URL's hash (route.ts): the China map with the clusters,
 * the list beside it and a cluster panel; and the region page.
 */
export function App() {
  const { t, lang, setLang } = useLang();
  const route = useRoute();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

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
        ) : null}
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
          <a href="/api/docs">{t('apiDocs')}</a>
          <button
            type="button"
            onClick={() => setLang(lang === 'zh-CN' ? 'en' : 'zh-CN')}
            title={t('switchLanguageTitle')}
            data-testid="lang-switch"
          >
            {t('switchLanguage')}
          </button>
        </nav>
      </header>
      {error ? (
        <div className="error" role="alert">
          {t('loadFailed')}: {error}{' '}
          <button type="button" onClick={load}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {!data && !error ? <div className="loading muted">{t('loading')}</div> : null}
      {route.page === 'region' ? <RegionPage code={route.code} /> : null}
      {data && route.page === 'map' ? (
        <main className={selected ? 'main with-panel' : 'main'}>
          <ChinaMap
            geo={data.geo}
            provinces={data.provinces}
            clusters={data.clusters}
            selected={selected}
            onSelect={setSelected}
          />
          <ClusterList clusters={data.clusters} selected={selected} onSelect={setSelected} />
          {selected ? <ClusterPanel id={selected} onClose={() => setSelected(null)} /> : null}
        </main>
      ) : null}
    </div>
  );
}
