import { declareAggregates } from '../../core/access/disclosure.ts';
import { maximumSpanningTree } from '../../analytics/network/maximum-spanning-tree.ts';
import type { IndustrySpace } from '../../contract/complexity.ts';
import { AtlasError } from '../../core/errors.ts';
import { answerWarnings } from '../answer-warnings.ts';
import type { Duck } from '../../store/duck.ts';
import type { StoreMatrixOptions } from '../metrics/store-matrix.ts';
import { firmCells } from '../metrics/firm-cells.ts';
import { storeComplexity } from './store-complexity.ts';

export interface SpaceNode {
  industry: string;
  nameZh: string | null;
  nameEn: string | null;
  pci: number;
  ubiquity: number;
  /** With a region: its RCA, M (RCA ≥ threshold) and density in this industry. */
  rca?: number;
  mcp?: number;
  density?: number;
}

export interface SpaceEdge {
  source: string;
  target: string;
  proximity: number;
  /** true: on the maximum spanning tree; false: a strong link added to it. */
  backbone: boolean;
}

/** The answer (src/contract/complexity.ts): links outside the tree drawn when proximity ≥ strong. */
export type { IndustrySpace };

export interface IndustrySpaceOptions extends StoreMatrixOptions {
  region?: string;
  threshold?: number;
  /** Default 0.55, the cut of Hidalgo et al. (2007). */
  strong?: number;
  /** Cap on the strong links beyond the tree, strongest first (default 2 per industry). */
  maxExtra?: number;
}

/**
 * The industry space of the atlas's own data: industries joined by proximity,
 * drawn as the maximum spanning tree (every industry reachable along its
 * strongest links) plus the strong links (φ ≥ 0.55), as Hidalgo, Klinger,
 * Barabási and Hausmann (2007) drew the product space. With a region, each
 * industry carries that region's RCA, M and density, so its specialisations
 * light up and the nearby industries it could move into show.
 */
export async function industrySpace(db: Duck, o: IndustrySpaceOptions): Promise<IndustrySpace> {
  const c = await storeComplexity(db, o);
  const p = c.presence;
  const I = p.cols;
  const r = o.region === undefined ? -1 : p.regions.indexOf(o.region);
  if (o.region !== undefined && r < 0)
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `region ${o.region} is not in the matrix (no organisation placed there, or no RCA ≥ ${o.threshold ?? 1})`,
      { region: o.region },
    );
  const cells = firmCells(c.firms);
  const nodes: SpaceNode[] = p.industries.map((industry, i) => ({
    industry,
    nameZh: c.industryNames.get(industry)?.nameZh ?? null,
    nameEn: c.industryNames.get(industry)?.nameEn ?? null,
    pci: c.pci[i],
    ubiquity: p.ubiquity[i],
    ...(r >= 0
      ? {
          rca: c.rca[r * I + i],
          mcp: p.values[r * I + i],
          density: c.density[r * I + i],
        }
      : {}),
  }));
  const tree = maximumSpanningTree(c.proximity, I);
  // PCI and ubiquity reveal the industry's column; the region's RCA, M and
  // density its row and the column; a proximity both industries' columns.
  for (const n of nodes)
    declareAggregates(n, [
      ...['pci', 'ubiquity'].map((k) => ({ path: [k], sets: cells.ofIndustry(n.industry) })),
      ...(o.region === undefined
        ? []
        : ['rca', 'mcp', 'density'].map((k) => ({
            path: [k],
            sets: [...cells.ofRegion(o.region as string), ...cells.ofIndustry(n.industry)],
          }))),
    ]);
  const edges: SpaceEdge[] = Array.from(tree.a, (a, k) => ({
    source: p.industries[a],
    target: p.industries[tree.b[k]],
    proximity: tree.weight[k],
    backbone: true,
  }));
  const onTree = new Set(Array.from(tree.a, (a, k) => a * I + tree.b[k]));
  const strong = o.strong ?? 0.55;
  const extra: SpaceEdge[] = [];
  for (let a = 0; a < I; a++)
    for (let b = a + 1; b < I; b++) {
      const phi = c.proximity[a * I + b];
      if (phi >= strong && !onTree.has(a * I + b))
        extra.push({
          source: p.industries[a],
          target: p.industries[b],
          proximity: phi,
          backbone: false,
        });
    }
  extra.sort((x, y) => y.proximity - x.proximity);
  const cap = o.maxExtra ?? 2 * I;
  const shown = [...edges, ...extra.slice(0, cap)];
  for (const e of shown)
    declareAggregates(e, [
      {
        path: ['proximity'],
        sets: [...cells.ofIndustry(e.source), ...cells.ofIndustry(e.target)],
      },
    ]);
  return {
    nodes,
    edges: shown,
    region: o.region ?? null,
    strong,
    extraOmitted: Math.max(0, extra.length - cap),
    matrix: c.matrix,
    warnings: answerWarnings(c.warnings),
    components: tree.components,
  };
}
