import type { Gap } from '../../analytics/chain/gaps.ts';
import { isAtlasError } from '../../core/errors.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { chainIoEvidence, type IoEdgeEvidence } from './chain-evidence.ts';

/**
 * What the national input-output table says about the template edges a gap
 * reasons over: for `inputs_missing` and `extend`, each input node → the gap's
 * node, with its coefficient, year and status (chain-evidence.ts).
 */
export interface GapIo {
  year: number;
  sectors: number;
  links: (Pick<
    IoEdgeEvidence,
    'from' | 'to' | 'status' | 'review' | 'supplier' | 'buyer' | 'coefficient' | 'sameSector'
  > & { year: number })[];
}

export type GapWithIo = Gap & { io?: GapIo };

const EDGE_KINDS = new Set(['inputs_missing', 'extend']);

/** The gaps with `io` on those that reason over template edges; unchanged if no table applies. */
export function withGapIo(gaps: Gap[], template: ChainTemplate): GapWithIo[] {
  if (!gaps.some((g) => EDGE_KINDS.has(g.kind) && g.facts.inputs?.length)) return gaps;
  let edges: IoEdgeEvidence[];
  let table: { year: number; sectors: number };
  try {
    const ev = chainIoEvidence(template);
    edges = ev.edges;
    table = ev.table;
  } catch (e) {
    // The IO evidence is a plus: a table that cannot be read leaves the gaps as they are.
    if (isAtlasError(e)) return gaps;
    throw e;
  }
  return gaps.map((g) => {
    if (!EDGE_KINDS.has(g.kind) || !g.facts.inputs?.length) return g;
    const links = g.facts.inputs
      .map((i) => edges.find((e) => e.from === i.id && e.to === g.node))
      .filter((e): e is IoEdgeEvidence => e !== undefined)
      .map((e) => ({
        from: e.from,
        to: e.to,
        status: e.status,
        review: e.review,
        supplier: e.supplier,
        buyer: e.buyer,
        coefficient: e.coefficient,
        sameSector: e.sameSector,
        year: e.year,
      }));
    return links.length ? { ...g, io: { year: table.year, sectors: table.sectors, links } } : g;
  });
}
