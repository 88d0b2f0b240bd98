import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { AtlasError } from '../../core/errors.ts';
import { ioModel } from './model.ts';
import { nodeCodes, sectorsOfCodes } from './node-sectors.ts';
import { sectorRef, tableRef, type IoSectorRef, type IoTableRef } from './refs.ts';
import { ioConcordance, pickIoTable } from './tables.ts';

/**
 * What the national input-output table says about each edge of a chain
 * template (`from` feeds `to`): the largest direct input coefficient a_ij
 * between a sector i of `from` and a sector j of `to`, mapped through the
 * concordance of the nodes' GB/T 4754 codes.
 *
 * status  supported: a ≥ minCoefficient (default 0.01, one yuan of input per
 *                    hundred yuan of output); the pair of two different
 *                    sectors is preferred when one reaches the threshold
 *         weak:      0 < a < minCoefficient → review
 *         none:      no flow at all between the mapped sectors → review
 *         unmapped:  a node has no GB/T 4754 code reaching a sector → review
 * sameSector: both ends fall in one IO sector, so the table sees the edge only
 * as that sector's purchases from itself (a_ii), weaker evidence than two
 * sectors apart.
 */

export type IoEdgeStatus = 'supported' | 'weak' | 'none' | 'unmapped';

export interface IoEdgeEvidence {
  from: string;
  to: string;
  status: IoEdgeStatus;
  review: boolean;
  year: number;
  table: string;
  supplier: IoSectorRef | null;
  buyer: IoSectorRef | null;
  /** a_ij: the buyer sector's direct purchases from the supplier sector per unit of its output. */
  coefficient: number | null;
  /** z_ij, 万元. */
  flow: number | null;
  sameSector: boolean;
  fromSectors: IoSectorRef[];
  toSectors: IoSectorRef[];
  /** The node(s) without a sector, for unmapped edges. */
  unmappedNodes: string[];
  reason: string;
}

export interface ChainIoEvidence {
  chain: string;
  version: string;
  table: IoTableRef;
  minCoefficient: number;
  edges: IoEdgeEvidence[];
  /** Counts by status. */
  summary: Record<IoEdgeStatus, number>;
}

export function chainIoEvidence(
  template: ChainTemplate,
  opts: { year?: number; sectors?: number; minCoefficient?: number } = {},
): ChainIoEvidence {
  const entry = pickIoTable(opts);
  const concordance = ioConcordance(entry);
  if (!concordance)
    throw new AtlasError(
      'ATLAS_E_IO_TABLE',
      `table ${entry.id} has no concordance to GB/T 4754 yet; use a 153- or 42-sector table`,
      { table: entry.id },
    );
  const m = ioModel(entry);
  const { n } = m.a;
  const min = opts.minCoefficient ?? 0.01;
  const byId = new Map(template.nodes.map((x) => [x.id, x]));
  const sectorsOf = new Map(
    template.nodes.map((x) => [
      x.id,
      sectorsOfCodes(nodeCodes(x, template.nodes), concordance.rows),
    ]),
  );
  const ref = (k: number) => sectorRef(m.table.sectors[k]);
  const name = (id: string) => byId.get(id)?.nameEn ?? id;
  const edges = template.edges.map((e): IoEdgeEvidence => {
    const fromS = sectorsOf.get(e.from) ?? [];
    const toS = sectorsOf.get(e.to) ?? [];
    const base = {
      from: e.from,
      to: e.to,
      year: entry.year,
      table: entry.id,
      fromSectors: fromS.map(ref),
      toSectors: toS.map(ref),
    };
    const unmappedNodes = [...(fromS.length ? [] : [e.from]), ...(toS.length ? [] : [e.to])];
    if (unmappedNodes.length)
      return {
        ...base,
        status: 'unmapped',
        review: true,
        supplier: null,
        buyer: null,
        coefficient: null,
        flow: null,
        sameSector: false,
        unmappedNodes,
        reason: `${unmappedNodes.map(name).join(' and ')} ha${unmappedNodes.length > 1 ? 've' : 's'} no GB/T 4754 code that maps to a sector of the ${entry.year} table: review the edge or add codes`,
      };
    const { best, bestApart } = largestCoefficients(m.a.values, n, fromS, toS);
    const pick = bestApart.a >= min ? bestApart : best;
    const status: IoEdgeStatus = pick.a >= min ? 'supported' : pick.a > 0 ? 'weak' : 'none';
    const s = m.table.sectors[pick.i];
    const b = m.table.sectors[pick.j];
    return {
      ...base,
      status,
      review: status !== 'supported',
      supplier: ref(pick.i),
      buyer: ref(pick.j),
      coefficient: pick.a,
      flow: m.z.values[pick.i * n + pick.j],
      sameSector: pick.i === pick.j,
      unmappedNodes: [],
      reason:
        status === 'none'
          ? `no flow in the ${entry.year} table from the sectors of ${name(e.from)} to those of ${name(e.to)}: review the edge`
          : `${b.nameEn} (${b.code}) buys ${pick.a.toFixed(4)} yuan of ${s.nameEn} (${s.code}) per yuan of output (${entry.year}, ${entry.sectors} sectors)${pick.i === pick.j ? '; both nodes fall in one sector' : ''}${status === 'weak' ? `: below ${min}, review the edge` : ''}`,
    };
  });
  return {
    chain: template.id,
    version: template.version,
    table: tableRef(entry),
    minCoefficient: min,
    edges,
    summary: summaryOf(edges),
  };
}

interface Cell {
  i: number;
  j: number;
  a: number;
}

/** The largest coefficient a_ij over supplier rows × buyer columns, and the largest with i ≠ j. */
function largestCoefficients(
  values: ArrayLike<number>,
  n: number,
  fromS: readonly number[],
  toS: readonly number[],
): { best: Cell; bestApart: Cell } {
  let best = { i: -1, j: -1, a: -1 };
  let bestApart = { i: -1, j: -1, a: -1 };
  for (const i of fromS)
    for (const j of toS) {
      const a = values[i * n + j];
      if (a > best.a) best = { i, j, a };
      if (i !== j && a > bestApart.a) bestApart = { i, j, a };
    }
  return { best, bestApart };
}

function summaryOf(edges: readonly IoEdgeEvidence[]): Record<IoEdgeStatus, number> {
  const summary: Record<IoEdgeStatus, number> = { supported: 0, weak: 0, none: 0, unmapped: 0 };
  for (const e of edges) summary[e.status]++;
  return summary;
}
