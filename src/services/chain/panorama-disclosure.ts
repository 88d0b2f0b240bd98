import type { Gap } from '../../analytics/chain/gaps.ts';
import type { Panorama, PanoramaOrg } from '../../analytics/chain/panorama.ts';
import { declareAggregates, type Contribution } from '../../core/access/disclosure.ts';

type Link = { source: string; target: string; value: number | null };

/**
 * The figures of a panorama built from confidential measures and link
 * values, declared as confidential aggregates with their contributions
 * (core/access/disclosure.ts): per node the size sums (its firms'
 * revenue, employees, output), the value of its in- and out-links, and the
 * inside share by value (it reveals the inside and the outside sums: an
 * inside share of 41,000 / 71,000 gives the one outside link's 30,000) with
 * the status reason that quotes it. A link's value is known to both its
 * ends. Declared on the nodes themselves; returns, per node, the sets its
 * inside share reveals (for the gaps that quote it).
 */
export function declarePanorama(
  p: Panorama,
  orgs: ReadonlyMap<string, PanoramaOrg>,
  links: readonly Link[],
): Map<string, Contribution[][]> {
  const part = (l: Link): Contribution => ({
    id: `${l.source}>${l.target}`,
    value: l.value ?? 0,
    knownTo: [l.source, l.target],
  });
  const shareSets = new Map<string, Contribution[][]>();
  for (const n of p.nodes) {
    const placed = [...Object.values(n.firms).flat(), ...n.others];
    const members = new Set(placed.map((x) => x.id));
    const ins = links.filter((l) => members.has(l.target));
    const outs = links.filter((l) => members.has(l.source));
    const inside = ins.filter((l) => orgs.get(l.source)?.inside === true);
    const outside = ins.filter((l) => orgs.get(l.source)?.inside !== true);
    const share = n.links.basis === 'value' ? [inside.map(part), outside.map(part)] : [];
    shareSets.set(n.id, share);
    const measured = placed.filter((x) => x.measureYear !== null);
    const sized = (k: 'revenue' | 'employees' | 'output') => [
      measured.map((x) => ({ id: x.id, value: x[k] ?? 0 })),
    ];
    declareAggregates(n, [
      { path: ['size', 'revenue'], sets: sized('revenue') },
      { path: ['size', 'employees'], sets: sized('employees') },
      { path: ['size', 'output'], sets: sized('output') },
      { path: ['links', 'inValue'], sets: [ins.map(part)] },
      { path: ['links', 'outValue'], sets: [outs.map(part)] },
      { path: ['links', 'insideShare'], sets: share },
      { path: ['reason'], sets: share },
    ]);
  }
  revealedByShare.set(p, shareSets);
  return shareSets;
}

const revealedByShare = new WeakMap<Panorama, Map<string, Contribution[][]>>();

/** A gap that quotes a node's inside share reveals what the share reveals. */
export function declareGaps<G extends Gap>(gaps: G[], p: Panorama): G[] {
  const shareSets = revealedByShare.get(p) ?? new Map<string, Contribution[][]>();
  for (const g of gaps)
    if (g.kind === 'outside_dependence')
      declareAggregates(g, [
        { path: ['evidence'], sets: shareSets.get(g.node) ?? [] },
        { path: ['facts', 'insideShare'], sets: shareSets.get(g.node) ?? [] },
      ]);
  return gaps;
}
