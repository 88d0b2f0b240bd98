import { describe, expect, it } from 'vitest';
import { clusterHref, parseHash, regionHref, sectionHref } from '../../web/src/route.ts';

/** The hash routes of the web app: every page's link parses back to that page. */
describe('web routes', () => {
  it('parses the map, regions and unknown paths', () => {
    expect(parseHash('')).toEqual({ page: 'map' });
    expect(parseHash('#/')).toEqual({ page: 'map' });
    expect(parseHash('#/region')).toEqual({ page: 'region', code: null });
    expect(parseHash(regionHref('320500'))).toEqual({ page: 'region', code: '320500' });
    expect(parseHash('#/region/32')).toEqual({ page: 'notFound' });
    expect(parseHash('#/nowhere')).toEqual({ page: 'notFound' });
  });

  it('round-trips cluster profiles with their tabs, ids with odd characters included', () => {
    expect(parseHash(clusterHref('nc-01'))).toEqual({
      page: 'cluster',
      id: 'nc-01',
      tab: 'overview',
    });
    expect(parseHash(clusterHref('a/b c', 'panorama'))).toEqual({
      page: 'cluster',
      id: 'a/b c',
      tab: 'panorama',
    });
    expect(parseHash('#/cluster/x/nonsense')).toEqual({ page: 'notFound' });
    expect(parseHash('#/cluster')).toEqual({ page: 'notFound' });
  });

  it('gives sections their sub-path', () => {
    expect(parseHash(sectionHref('chains', 'construction-machinery', 'edit'))).toEqual({
      page: 'chains',
      rest: ['construction-machinery', 'edit'],
    });
    expect(parseHash('#/rankings')).toEqual({ page: 'rankings', rest: [] });
  });
});
