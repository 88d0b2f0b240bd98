import { warning, type AtlasWarning } from '../core/errors.ts';

import type { SyntheticMark } from '../contract/synthetic-mark.ts';

export type { SyntheticMark };

/** The synthetic mark of a set of organisations and links. */
export function syntheticMark(
  organizations: readonly { synthetic: boolean }[],
  links: readonly { synthetic: boolean }[] = [],
): SyntheticMark {
  const so = organizations.filter((o) => o.synthetic).length;
  const sl = links.filter((l) => l.synthetic).length;
  return {
    organizations: organizations.length,
    syntheticOrganizations: so,
    links: links.length,
    syntheticLinks: sl,
    syntheticShare: organizations.length > 0 ? so / organizations.length : 0,
    syntheticLinkShare: links.length > 0 ? sl / links.length : 0,
  };
}

/** ATLAS_W_SYNTHETIC_INCLUDED when any of it is synthetic (`what`: what was summed or judged). */
export function syntheticWarnings(mark: SyntheticMark, what: string): AtlasWarning[] {
  if (mark.syntheticOrganizations + mark.syntheticLinks === 0) return [];
  return [
    warning(
      'ATLAS_W_SYNTHETIC_INCLUDED',
      `${mark.syntheticOrganizations} of ${mark.organizations} organisations (${(mark.syntheticShare * 100).toFixed(1)}%) and ${mark.syntheticLinks} of ${mark.links} links ${what} are synthetic: the figures describe a generated population, not the real economy`,
      {
        organizations: mark.syntheticOrganizations,
        share: mark.syntheticShare,
        links: mark.syntheticLinks,
        linkShare: mark.syntheticLinkShare,
      },
    ),
  ];
}
