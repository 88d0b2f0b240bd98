import { useEffect, useState } from 'react';

/**
 * Client-side navigation by the URL's hash, no router package: `#/` is the
 * map, `#/region` the region page, `#/region/320500` the page of one region.
 * The hash survives reloads and can be shared.
 */
export type Route = { page: 'map' } | { page: 'region'; code: string | null };

export function parseHash(hash: string): Route {
  const m = /^#\/region(?:\/(\d{6}))?\/?$/.exec(hash);
  if (m) return { page: 'region', code: m[1] ?? null };
  return { page: 'map' };
}

export function regionHref(code?: string | null): string {
  return code ? `#/region/${code}` : '#/region';
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
