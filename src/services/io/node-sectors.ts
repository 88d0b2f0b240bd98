import type { ChainNode } from '../../core/model/chain-template.ts';
import type { IoConcordanceRow } from './io-table.ts';

/**
 * The IO sectors a chain node's GB/T 4754-2017 codes fall in, through a
 * concordance. A code and a sector's code meet when one is a prefix of the
 * other: class 3670 lies in a sector listed as group 367; division 36 reaches
 * every sector with a code under 36. A node without codes of its own (a group
 * node) takes its descendants' codes.
 */
export function nodeCodes(node: ChainNode, nodes: ChainNode[]): string[] {
  if (node.industries.length) return node.industries;
  const out = new Set<string>();
  const seen = new Set<string>([node.id]);
  const stack = [node.id];
  while (stack.length) {
    const id = stack.pop()!;
    for (const c of nodes)
      if (c.parent === id && !seen.has(c.id)) {
        seen.add(c.id);
        c.industries.forEach((x) => out.add(x));
        stack.push(c.id);
      }
  }
  return [...out];
}

/** Indexes (in concordance order, = table order) of the sectors the codes reach. */
export function sectorsOfCodes(codes: string[], rows: IoConcordanceRow[]): number[] {
  const out: number[] = [];
  rows.forEach((r, k) => {
    if (codes.some((c) => r.gbt4754.some((g) => c.startsWith(g) || g.startsWith(c)))) out.push(k);
  });
  return out;
}
