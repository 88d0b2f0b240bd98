import type { Contribution } from '../../core/access/disclosure.ts';
import type { FirmTable } from '../../analytics/matrix/firm-table.ts';

/**
 * The firms behind each cell of a region × industry matrix, as disclosure
 * contributions (core/access/disclosure.ts), grouped once so an answer with
 * a figure per region, per industry or per pair of industries can say what
 * each figure reveals: a figure computed from a region's row (ECI, COI,
 * diversity, density, RCA) reveals the distribution of that row, so each of
 * its cells; one computed from an industry's column (PCI, ubiquity), each
 * cell of the column; a proximity between two industries, each cell of
 * both columns. As run-store-metric.ts's revealedSets, without a pass over
 * every firm per figure.
 *
 * `firms` undefined (counts, or published statistics): nothing is revealed,
 * every set list is empty. Cost: O(firms) to build, O(cells) per lookup.
 */
export interface FirmCells {
  /** Each cell of the region's row, as one set. */
  ofRegion(region: string): Contribution[][];
  /** Each cell of the industry's column, as one set. */
  ofIndustry(industry: string): Contribution[][];
}

const NONE: FirmCells = { ofRegion: () => [], ofIndustry: () => [] };

export function firmCells(firms: FirmTable | undefined): FirmCells {
  if (!firms) return NONE;
  const byRegion = new Map<string, Map<string, Contribution[]>>();
  const byIndustry = new Map<string, Map<string, Contribution[]>>();
  const add = (
    m: Map<string, Map<string, Contribution[]>>,
    a: string,
    b: string,
    c: Contribution,
  ) => {
    let inner = m.get(a);
    if (!inner) m.set(a, (inner = new Map()));
    const list = inner.get(b);
    if (list) list.push(c);
    else inner.set(b, [c]);
  };
  for (let k = 0; k < firms.firms.length; k++) {
    const region = firms.regions[firms.region[k]];
    const industry = firms.industries[firms.industry[k]];
    const c = { id: firms.firms[k], value: firms.value[k] };
    add(byRegion, region, industry, c);
    add(byIndustry, industry, region, c);
  }
  return {
    ofRegion: (r) => [...(byRegion.get(r)?.values() ?? [])],
    ofIndustry: (i) => [...(byIndustry.get(i)?.values() ?? [])],
  };
}
