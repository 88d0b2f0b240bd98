import { chainGaps, type Gap, type GapKind, type GapOptions } from '../../analytics/chain/gaps.ts';
import { counted } from '../../analytics/chain/place.ts';
import {
  rankTargets,
  type Target,
  type TargetCandidate,
  type TargetOptions,
} from '../../analytics/chain/targets.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import { AtlasError } from '../../core/errors.ts';
import { readChainActions, readSupplyLinks } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { readRegions } from '../../store/queries/regions.ts';
import { chainContext, noMemberData, panoramaOf, type PanoramaRequest } from './panorama.ts';
import { placeOrganizations } from './placements.ts';
import { nodeIoLinks, type NodeIo } from '../io/node-io.ts';

export interface TargetsRequest extends PanoramaRequest {
  gapOptions?: Partial<GapOptions>;
  /** Only this node; default every node with a gap of one of `kinds`. */
  node?: string;
  kinds?: readonly GapKind[];
  targetOptions?: Partial<TargetOptions>;
}

export interface NodeTargets {
  node: string;
  nameZh: string;
  nameEn: string;
  gaps: Gap[];
  /** Share of the node's template neighbours (inputs and outputs) present in the place. */
  relatedness: number | null;
  /** The national input-output table on the node's template links with its neighbours present here. */
  io: NodeIo | null;
  targets: TrackedTarget[];
}

/** A ranked target with the latest attraction action tracking it here, if any. */
export interface TrackedTarget extends Target {
  action: { id: string; state: string } | null;
}

export interface ChainTargetsResult {
  scope: { type: 'cluster' | 'region'; id: string; name: string; regions: string[] };
  template: { id: string; version: string; nameZh: string; nameEn: string };
  nodes: NodeTargets[];
  warnings: AtlasWarning[];
}

export const DEFAULT_TARGET_KINDS: readonly GapKind[] = [
  'missing',
  'extend',
  'four_bases_thin',
  'weak',
];

/**
 * For the chain's gaps in a place: firms elsewhere in the atlas that are
 * placed on the gap's node, ranked (analytics/chain/targets.ts) with reasons.
 */
export async function chainTargets(db: Duck, req: TargetsRequest): Promise<ChainTargetsResult> {
  const ctx = await chainContext(db, req);
  const empty = noMemberData(ctx.scope, ctx.orgs.filter(ctx.scope.contains).length);
  if (empty) return noTargets(ctx, empty);
  const links = await readSupplyLinks(db);
  const pr = panoramaOf(ctx, links, req);
  const gaps = chainGaps(pr.panorama, req.gapOptions);
  const kinds = new Set(req.kinds ?? DEFAULT_TARGET_KINDS);
  if (req.node && !ctx.template.nodes.some((n) => n.id === req.node))
    throw new AtlasError(
      'ATLAS_E_NOT_FOUND',
      `template ${ctx.template.id} has no node ${req.node}`,
      {
        node: req.node,
      },
    );
  const nodeIds = req.node
    ? [req.node]
    : [...new Set(gaps.filter((g) => kinds.has(g.kind)).map((g) => g.node))];

  const outside = ctx.orgs.filter((o) => !ctx.scope.inside(o));
  const placements = (await placeOrganizations(db, ctx.template, outside)).filter((p) =>
    counted(p, pr.minConfidence),
  );
  const insideIds = new Set(ctx.orgs.filter((o) => ctx.scope.inside(o)).map((o) => o.id));
  const ties = tiesAcross(links, insideIds);
  const used = new Set(
    placements.filter((p) => nodeIds.includes(p.node)).map((p) => p.organization),
  );
  const candidates = await targetCandidates(db, outside, used);
  // A production node is filled by firms; a support node by any organisation (institutes, platforms, services).
  const enterprises = new Map([...candidates].filter(([, c]) => c.kind === 'enterprise'));
  const centre = await scopeCentre(db, ctx.scope.regions);

  // Oldest first, so the latest action on a node and organisation is the one kept.
  const tracked = new Map(
    (await readChainActions(db, { template: ctx.template.id, scope: ctx.scope.id })).map((a) => [
      `${a.node}|${a.organization}`,
      { id: a.id, state: a.state },
    ]),
  );
  const byId = new Map(pr.panorama.nodes.map((n) => [n.id, n]));
  const ioOf = nodeIoLinks(ctx.template, (x) => {
    const s = byId.get(x)?.status;
    return s !== undefined && s !== 'missing';
  });
  const nodes = nodeIds.map((id) => {
    const n = byId.get(id)!;
    const neighbours = [...new Set([...n.inputs, ...n.outputs])];
    return {
      node: id,
      nameZh: n.nameZh,
      nameEn: n.nameEn,
      gaps: gaps.filter((g) => g.node === id),
      relatedness:
        neighbours.length === 0
          ? null
          : neighbours.filter((x) => byId.get(x)?.status !== 'missing').length / neighbours.length,
      io: ioOf(id),
      targets: rankTargets(
        id,
        placements,
        n.stage === 'support' ? candidates : enterprises,
        ties,
        centre,
        req.targetOptions,
      ).map((t) => ({ ...t, action: tracked.get(`${id}|${t.id}`) ?? null })),
    };
  });
  return {
    scope: pr.scope,
    template: pr.panorama.template,
    nodes,
    warnings: pr.warnings,
  };
}

/** The answer for a place without member data: no nodes, the warning why. */
function noTargets(
  ctx: Awaited<ReturnType<typeof chainContext>>,
  empty: NonNullable<ReturnType<typeof noMemberData>>,
): ChainTargetsResult {
  const t = ctx.template;
  return {
    scope: {
      type: ctx.scope.type,
      id: ctx.scope.id,
      name: ctx.scope.name,
      regions: ctx.scope.regions,
    },
    template: { id: t.id, version: t.version, nameZh: t.nameZh, nameEn: t.nameEn },
    nodes: [],
    warnings: [empty],
  };
}

/** Supply links between an inside and an outside organisation, counted per outside organisation. */
function tiesAcross(
  links: readonly { source: string; target: string }[],
  insideIds: ReadonlySet<string>,
): Map<string, number> {
  const ties = new Map<string, number>();
  for (const l of links) {
    if (insideIds.has(l.source) && !insideIds.has(l.target))
      ties.set(l.target, (ties.get(l.target) ?? 0) + 1);
    else if (insideIds.has(l.target) && !insideIds.has(l.source))
      ties.set(l.source, (ties.get(l.source) ?? 0) + 1);
  }
  return ties;
}

/** The outside organisations placed on a target node, with their region's name. */
async function targetCandidates(
  db: Duck,
  outside: Awaited<ReturnType<typeof chainContext>>['orgs'],
  used: ReadonlySet<string>,
): Promise<Map<string, TargetCandidate>> {
  const codes = [
    ...new Set(outside.filter((o) => used.has(o.id) && o.region).map((o) => o.region as string)),
  ];
  const regionNames = new Map(
    (codes.length ? await readRegions(db, { codes }) : []).map((r) => [r.code, r.nameZh]),
  );
  return new Map<string, TargetCandidate>(
    outside
      .filter((o) => used.has(o.id))
      .map((o) => [
        o.id,
        {
          id: o.id,
          name: o.name,
          kind: o.kind,
          tags: o.tags,
          regionName: o.region ? (regionNames.get(o.region) ?? o.region) : null,
          lon: o.lon,
          lat: o.lat,
          revenue: o.revenue,
          employees: o.employees,
          synthetic: o.synthetic,
        },
      ]),
  );
}

/** The first region of the scope with a position: the centre distances are measured from. */
async function scopeCentre(
  db: Duck,
  regions: readonly string[],
): Promise<{ lon: number; lat: number } | null> {
  const centreRow = (await readRegions(db, { codes: regions })).find(
    (r) => r.lon !== null && r.lat !== null,
  );
  return centreRow ? { lon: centreRow.lon as number, lat: centreRow.lat as number } : null;
}
