import { chainGaps } from '../../analytics/chain/gaps.ts';
import type { ChainTemplate } from '../../core/model/chain-template.ts';
import { readChainOrganizations, readSupplyLinks, type ChainOrgRow } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import type { ClusterRow } from '../../store/queries/clusters.ts';
import { readRegionActions } from '../../store/queries/cross-region.ts';
import { panoramaOf } from '../chain/panorama.ts';
import { placeOrganizations } from '../chain/placements.ts';
import type { ChainScope } from '../chain/scope.ts';
import { DEFAULT_TARGET_KINDS } from '../chain/targets.ts';

/**
 * Duplicated attraction between the sides of a cross-province cluster: the
 * chain nodes of its main template that both sides attract — an attraction
 * action not dropped, scoped to a region of each side — or would attract —
 * a gap of a target kind (missing, extend, thin four bases, weak) in each
 * side's own panorama, drawn from that side's members alone. Such a node
 * belongs on the joint work plan as one shared target, not two competing
 * ones. A side without members on the chain draws no gap (every node would
 * read missing for want of data). Each side's panorama also gives its own
 * chain completeness and coverage. Cost: one placement and panorama per side.
 */
export interface DuplicatedNode {
  node: string;
  nameZh: string;
  nameEn: string;
  sides: {
    province: string;
    gap: string | null;
    actions: { id: string; region: string; state: string }[];
  }[];
  basis: 'actions' | 'gaps';
}

const inProvince = (o: ChainOrgRow, p: string) => o.province === p;

async function sideGaps(
  db: Duck,
  cluster: ClusterRow,
  template: ChainTemplate,
  province: string,
  members: ReadonlySet<string>,
  ctx: { orgs: ChainOrgRow[]; links: Awaited<ReturnType<typeof readSupplyLinks>> },
): Promise<{ gaps: Map<string, string>; completeness: number; coverage: number } | null> {
  const contains = (o: ChainOrgRow) => members.has(o.id) && inProvince(o, province);
  const scope: ChainScope = {
    type: 'cluster',
    id: cluster.id,
    name: cluster.name,
    regions: cluster.regions.filter((r) => r.slice(0, 2) === province.slice(0, 2)),
    chainTemplates: cluster.chainTemplates,
    contains,
    inside: (o) => contains(o) || inProvince(o, province),
  };
  const mine = ctx.orgs.filter(contains);
  if (mine.length === 0) return null;
  const placements = await placeOrganizations(db, template, mine);
  const pr = panoramaOf({ scope, template, orgs: ctx.orgs, placements }, ctx.links, {});
  const kinds = new Set<string>(DEFAULT_TARGET_KINDS);
  const gaps = new Map(
    chainGaps(pr.panorama)
      .filter((g) => kinds.has(g.kind))
      .map((g) => [g.node, g.kind] as const),
  );
  return { gaps, completeness: pr.panorama.completeness, coverage: pr.panorama.coverage };
}

/** A side's own chain panorama: completeness and coverage (analytics/chain/panorama.ts). */
export interface SideChain {
  completeness: number;
  coverage: number;
}

export async function duplicatedAttraction(
  db: Duck,
  cluster: ClusterRow,
  template: ChainTemplate,
  provinces: readonly string[],
  members: ReadonlySet<string>,
): Promise<{ duplicated: DuplicatedNode[]; sides: Map<string, SideChain> }> {
  const links = await readSupplyLinks(db);
  // A side's panorama looks up only its members and the suppliers of their
  // links in (placements and `inside` of a link's source): read those, not the atlas.
  const wanted = new Set(members);
  for (const l of links) if (members.has(l.target)) wanted.add(l.source);
  const ctx = { orgs: await readChainOrganizations(db, [...wanted]), links };
  const gaps = new Map<string, Map<string, string> | null>();
  const sides = new Map<string, SideChain>();
  for (const p of provinces) {
    const side = await sideGaps(db, cluster, template, p, members, ctx);
    gaps.set(p, side?.gaps ?? null);
    if (side) sides.set(p, { completeness: side.completeness, coverage: side.coverage });
  }
  const actions = (await readRegionActions(db, template.id)).filter(
    (a) => a.province !== null && provinces.includes(a.province),
  );
  const out: DuplicatedNode[] = [];
  for (const n of template.nodes) {
    const sides = provinces.map((p) => ({
      province: p,
      gap: gaps.get(p)?.get(n.id) ?? null,
      actions: actions
        .filter((a) => a.node === n.id && a.province === p)
        .map((a) => ({ id: a.id, region: a.region, state: a.state })),
    }));
    const acted = sides.filter((s) => s.actions.length > 0).length;
    const gapped = sides.filter((s) => s.gap !== null).length;
    if (acted < 2 && gapped < 2) continue;
    out.push({
      node: n.id,
      nameZh: n.nameZh,
      nameEn: n.nameEn,
      sides,
      basis: acted >= 2 ? 'actions' : 'gaps',
    });
  }
  out.sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'actions' ? -1 : 1));
  return { duplicated: out, sides };
}
