/**
 * Region opportunities: the industries a region does not yet specialise in,
 * ranked by feasibility (density) and value (PCI or COG), each classed
 * against peer regions (the PSWOT idea of the Growth Lab's Metroverse), with
 * the option of a differentiated layout: leave out industries in which the
 * region's neighbours are already strong (“Accelerate the cultivation of
 * world-class high-end industrial clusters”, web article, 2024-02-24).
 *
 * Classes (our operationalisation; Metroverse's own rules are not published
 * in a form we could verify, so this is recorded as `verified: false` in the
 * result): an industry is "related" for the region when its density is at
 * least the mean density of that industry over the peer regions.
 *   strength          M = 1, related
 *   weakness          M = 1, not related
 *   opportunity       M = 0, present (x > 0), related
 *   threat            M = 0, present, not related
 *   possible_entrant  absent (x = 0), related
 *   absent            absent, not related
 * Score of a candidate: (z(density) + z(value))/2, z over the candidates.
 */
import { AtlasError, type AtlasWarning } from '../../core/errors.ts';
import { densityAndGain } from './density-and-gain.ts';
import { eciPci } from './eci-pci.ts';
import { presenceMatrix } from './presence-matrix.ts';
import { proximityIndustry } from './proximity-industry.ts';
import { standardise, standardiser } from './standardise-complexity.ts';
import type { RegionIndustryMatrix } from '../matrix/region-industry-matrix.ts';

export type PswotClass =
  'strength' | 'weakness' | 'opportunity' | 'threat' | 'possible_entrant' | 'absent';

export interface OpportunityOptions {
  region: string;
  /** Peer regions for the classes (default: every other region). */
  peers?: readonly string[];
  /** Neighbouring regions; with `differentiated`, their strong industries are left out. */
  neighbours?: readonly string[];
  differentiated?: boolean;
  /** Share of the neighbours with M = 1 that counts as "already strong" (default 0.5). */
  neighbourShare?: number;
  /** Value measure: 'cog' (default) or 'pci'. */
  value?: 'cog' | 'pci';
  threshold?: number;
  /** Keep the n best candidates (default all). */
  limit?: number;
}

export interface IndustryPosition {
  industry: string;
  rca: number;
  mcp: number;
  density: number;
  peerDensity: number;
  pci: number;
  cog: number;
  class: PswotClass;
  /** How many of the given neighbours are specialised (M = 1) in it. */
  neighboursStrong: number;
}

export interface RegionOpportunities {
  region: string;
  eci: number;
  /** Candidates (M = 0, not excluded), best first, with their score. */
  opportunities: (IndustryPosition & { score: number })[];
  /** Every industry with its class. */
  positions: IndustryPosition[];
  /** Industries left out because the neighbours are strong in them. */
  excluded: string[];
  verified: false;
  note: string;
  warnings: AtlasWarning[];
}

export function regionOpportunities(
  m: RegionIndustryMatrix,
  opts: OpportunityOptions,
): RegionOpportunities {
  const { presence: p, rca, warnings } = presenceMatrix(m, { threshold: opts.threshold });
  const r = p.regions.indexOf(opts.region);
  if (r < 0)
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `region ${opts.region} is not in the matrix (or has no specialisation)`,
      {
        region: opts.region,
      },
    );
  const e = eciPci(p);
  const I = p.cols;
  const s = standardiser(e.kc, I);
  const eci = standardise(e.kc, s);
  const pci = standardise(e.kp, s);
  const phi = proximityIndustry(p);
  const { density, cog } = densityAndGain(p, phi, e.kp);
  for (let k = 0; k < cog.length; k++) cog[k] /= s.sd;

  const index = new Map(p.regions.map((name, k) => [name, k]));
  const peers = pickRegions(
    index,
    opts.peers,
    p.regions.map((_, k) => k).filter((k) => k !== r),
  );
  const neighbours = pickRegions(index, opts.neighbours, []);
  const positions = industryPositions(m, p, rca, opts.region, r, {
    density,
    cog,
    pci,
    peers,
    neighbours,
  });
  const { excluded, ranked } = rankOpportunities(positions, opts, neighbours.length);
  return {
    region: opts.region,
    eci: eci[r],
    opportunities: opts.limit ? ranked.slice(0, opts.limit) : ranked,
    positions,
    excluded,
    verified: false,
    note: 'PSWOT classes are this atlas’s operationalisation of Metroverse’s idea (density vs the peers’ mean density), not Metroverse’s published rule.',
    warnings: [...warnings, ...e.warnings],
  };
}

/** The rows of named regions (all must be in the matrix), or the fallback when none are named. */
function pickRegions(
  index: ReadonlyMap<string, number>,
  names: readonly string[] | undefined,
  fallback: number[],
): number[] {
  if (!names) return fallback;
  const unknown = names.filter((n) => !index.has(n));
  if (unknown.length)
    throw new AtlasError('ATLAS_E_NOT_FOUND', `unknown region(s): ${unknown.join(', ')}`, {
      regions: unknown,
    });
  return names.map((n) => index.get(n) as number);
}

function pswotClass(mcp: number, related: boolean, x: number): PswotClass {
  return mcp === 1
    ? related
      ? 'strength'
      : 'weakness'
    : x > 0
      ? related
        ? 'opportunity'
        : 'threat'
      : related
        ? 'possible_entrant'
        : 'absent';
}

/** Every industry of region r: its presence, density against the peers' mean, PCI, COG and class. */
function industryPositions(
  m: RegionIndustryMatrix,
  p: ReturnType<typeof presenceMatrix>['presence'],
  rca: ReturnType<typeof presenceMatrix>['rca'],
  region: string,
  r: number,
  k: {
    density: Float64Array;
    cog: Float64Array;
    pci: ArrayLike<number>;
    peers: readonly number[];
    neighbours: readonly number[];
  },
): IndustryPosition[] {
  const { density, cog, pci, peers, neighbours } = k;
  const I = p.cols;
  // Raw values of the region on the presence matrix's labels (rca is on m's labels).
  const mi = new Map(m.industries.map((name, j) => [name, j]));
  const mr = m.regions.indexOf(region);
  return p.industries.map((industry, i) => {
    const o = r * I + i;
    let peerSum = 0;
    for (const q of peers) peerSum += density[q * I + i];
    const peerDensity = peers.length ? peerSum / peers.length : NaN;
    const related = density[o] >= peerDensity;
    const col = mi.get(industry) as number;
    const x = m.values[mr * m.cols + col];
    const mcp = p.values[o];
    let neighboursStrong = 0;
    for (const q of neighbours) neighboursStrong += p.values[q * I + i];
    return {
      industry,
      rca: rca ? rca[mr * m.cols + col] : x,
      mcp,
      density: density[o],
      peerDensity,
      pci: pci[i],
      cog: cog[o],
      class: pswotClass(mcp, related, x),
      neighboursStrong,
    };
  });
}

/** Candidates (absent, not left to strong neighbours) scored by mean z of density and value. */
function rankOpportunities(
  positions: readonly IndustryPosition[],
  opts: OpportunityOptions,
  neighbourCount: number,
): { excluded: string[]; ranked: (IndustryPosition & { score: number })[] } {
  const share = opts.neighbourShare ?? 0.5;
  const excluded: string[] = [];
  const candidates = positions.filter((q) => {
    if (q.mcp === 1) return false;
    if (opts.differentiated && neighbourCount && q.neighboursStrong >= share * neighbourCount) {
      excluded.push(q.industry);
      return false;
    }
    return true;
  });
  const valueOf = (q: IndustryPosition) => (opts.value === 'pci' ? q.pci : q.cog);
  const z = (v: number[]) => {
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length) || 1;
    return v.map((x) => (x - mean) / sd);
  };
  const zd = z(candidates.map((q) => q.density));
  const zv = z(candidates.map(valueOf));
  const ranked = candidates
    .map((q, j) => ({ ...q, score: (zd[j] + zv[j]) / 2 }))
    .sort((a, b) => b.score - a.score || b.density - a.density);
  return { excluded, ranked };
}
