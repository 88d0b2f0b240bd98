import { isAtlasError } from '../../core/errors.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { chainIoEvidence, type IoEdgeEvidence } from './chain-evidence.ts';

/**
 * Why a node's firms would fit the place, in input-output terms: the
 * template edges between the node and its neighbours present in the place,
 * each with what the national table says of it (chain-evidence.ts). Used by
 * the targets (招商) answer; supported links first, strongest first.
 */
export interface NodeIo {
  year: number;
  sectors: number;
  links: (Pick<
    IoEdgeEvidence,
    'from' | 'to' | 'status' | 'supplier' | 'buyer' | 'coefficient' | 'sameSector'
  > & { year: number; direction: 'input' | 'output' })[];
}

/** A function node id → its IO links with the present neighbours, or null when no table applies. */
export function nodeIoLinks(
  template: ChainTemplate,
  present: (node: string) => boolean,
): (node: string) => NodeIo | null {
  let ev: ReturnType<typeof chainIoEvidence>;
  try {
    ev = chainIoEvidence(template);
  } catch (e) {
    if (isAtlasError(e)) return () => null;
    throw e;
  }
  return (node) => {
    const links = ev.edges
      .filter(
        (e) =>
          e.status !== 'unmapped' &&
          ((e.to === node && present(e.from)) || (e.from === node && present(e.to))),
      )
      .map((e) => ({
        from: e.from,
        to: e.to,
        status: e.status,
        supplier: e.supplier,
        buyer: e.buyer,
        coefficient: e.coefficient,
        sameSector: e.sameSector,
        year: e.year,
        direction: e.to === node ? ('input' as const) : ('output' as const),
      }))
      .sort((a, b) => (b.coefficient ?? 0) - (a.coefficient ?? 0));
    return { year: ev.table.year, sectors: ev.table.sectors, links };
  };
}
