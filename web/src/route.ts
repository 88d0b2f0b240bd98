import { useEffect, useState } from 'react';

/**
 * Client-side navigation by the URL's hash, no router package. The hash
 * survives reloads and can be shared:
 *   #/                         the map
 *   #/region[/320500]          a region's page
 *   #/cluster/ID[/TAB]         a cluster's profile (tabs below)
 *   #/organization/ID          an organisation's page
 *   #/chains/…  #/networks/…  #/matching/…  #/rankings/…  #/world/…  #/data/…  #/reports/…
 * The last seven pages read their own sub-path from `rest` (decoded segments).
 */
export const CLUSTER_TABS = [
  'overview',
  'panorama',
  'network',
  'metrics',
  'evaluation',
  'actions',
] as const;
export type ClusterTab = (typeof CLUSTER_TABS)[number];

export const SECTIONS = [
  'chains',
  'networks',
  'matching',
  'rankings',
  'world',
  'data',
  'reports',
  'api',
] as const;
export type Section = (typeof SECTIONS)[number];

export type Route =
  | { page: 'map' }
  | { page: 'region'; code: string | null }
  | { page: 'cluster'; id: string; tab: ClusterTab }
  | { page: 'organization'; id: string }
  | { page: Section; rest: string[] }
  | { page: 'notFound' };

function segments(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

export function parseHash(hash: string): Route {
  const [head, ...rest] = segments(hash);
  if (head === undefined) return { page: 'map' };
  if (head === 'region') {
    if (rest.length === 0) return { page: 'region', code: null };
    if (rest.length === 1 && /^\d{6}$/.test(rest[0]!)) return { page: 'region', code: rest[0]! };
    return { page: 'notFound' };
  }
  if (head === 'cluster' && rest[0]) {
    const tab = rest[1] ?? 'overview';
    if (!(CLUSTER_TABS as readonly string[]).includes(tab)) return { page: 'notFound' };
    return { page: 'cluster', id: rest[0], tab: tab as ClusterTab };
  }
  if (head === 'organization' && rest.length === 1) return { page: 'organization', id: rest[0]! };
  if ((SECTIONS as readonly string[]).includes(head)) return { page: head as Section, rest };
  return { page: 'notFound' };
}

const enc = encodeURIComponent;

export function regionHref(code?: string | null): string {
  return code ? `#/region/${code}` : '#/region';
}

export function clusterHref(id: string, tab: ClusterTab = 'overview'): string {
  return tab === 'overview' ? `#/cluster/${enc(id)}` : `#/cluster/${enc(id)}/${tab}`;
}

export function organizationHref(id: string): string {
  return `#/organization/${enc(id)}`;
}

export function sectionHref(section: Section, ...rest: string[]): string {
  return ['#', section, ...rest.map(enc)].join('/');
}

export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

/** A province-level code (xx0000); prefecture-level cities have other last digits. */
export function isProvinceCode(code: string): boolean {
  return /^\d{2}0000$/.test(code);
}
