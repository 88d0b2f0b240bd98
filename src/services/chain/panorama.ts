import { chainGaps, type GapOptions } from '../../analytics/chain/gaps.ts';
import { panorama, type Panorama, type PanoramaOrg } from '../../analytics/chain/panorama.ts';
import { counted, DEFAULT_MIN_CONFIDENCE } from '../../analytics/chain/place.ts';
import { warning, type AtlasWarning } from '../../core/errors.ts';
import { readSupplyLinks } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { cachedResult, cacheKey } from '../cache.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { actionEffect, type ActionEffect } from './actions.ts';
import { chainContext, type ChainContext, type PanoramaRequest } from './chain-context.ts';
import { getChainTemplate } from './templates.ts';
import { withGapIo, type GapWithIo } from '../io/gap-io.ts';
import { declareGaps, declarePanorama } from './panorama-disclosure.ts';

export { chainContext, type ChainContext, type PanoramaRequest };

export interface ChainPanoramaResult {
  scope: { type: 'cluster' | 'region'; id: string; name: string; regions: string[] };
  panorama: Panorama;
  minConfidence: number;
  placements: {
    counted: number;
    belowThreshold: number;
    rejected: number;
    byMethod: Record<string, number>;
  };
  /** Share of counted placements on synthetic organisations. */
  syntheticShare: number;
  warnings: AtlasWarning[];
  /** What tracked attraction actions change (chainPanorama only). */
  actions?: ActionEffect;
}

/** The panorama of a scope, kept until the next write (services/cache.ts). */
export function chainPanorama(db: Duck, req: PanoramaRequest): Promise<ChainPanoramaResult> {
  return cachedResult(db, cacheKey('panorama', req), () => buildPanorama(db, req));
}

async function buildPanorama(db: Duck, req: PanoramaRequest): Promise<ChainPanoramaResult> {
  const ctx = await chainContext(db, req);
  const links = await readSupplyLinks(db);
  const r = panoramaOf(ctx, links, req);
  return { ...r, actions: await actionEffect(db, ctx, links, req, r.panorama) };
}

export function panoramaOf(
  ctx: ChainContext,
  links: ReadonlyArray<{ source: string; target: string; value: number | null }>,
  req: Pick<PanoramaRequest, 'minConfidence' | 'options'>,
): ChainPanoramaResult {
  const { scope, template, orgs, placements } = ctx;
  const minConfidence = req.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const byOrg = new Map<string, PanoramaOrg>(
    orgs.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.name,
        kind: o.kind,
        tags: o.tags,
        inside: scope.inside(o),
        synthetic: o.synthetic,
        measureYear: o.measureYear,
        revenue: o.revenue,
        employees: o.employees,
        output: o.output,
      },
    ]),
  );
  const use = placements.filter((p) => counted(p, minConfidence));
  const p = panorama(template, use, byOrg, links, req.options);
  declarePanorama(p, byOrg, links);
  const byMethod: Record<string, number> = {};
  for (const x of use) byMethod[x.method] = (byMethod[x.method] ?? 0) + 1;
  const synthetic = use.filter((x) => byOrg.get(x.organization)?.synthetic).length;
  const syntheticShare = use.length === 0 ? 0 : synthetic / use.length;
  const warnings: AtlasWarning[] = [];
  if (synthetic > 0)
    warnings.push(
      warning(
        'ATLAS_W_SYNTHETIC_INCLUDED',
        `${synthetic} of ${use.length} placements are synthetic organisations`,
        { syntheticShare },
      ),
    );
  if (p.nodesWithoutInputs.length > 0)
    warnings.push(
      warning(
        'ATLAS_W_CHAIN_INPUTS_UNKNOWN',
        `${p.nodesWithoutInputs.length} occupied nodes have no supply link in: inside share unknown`,
        { nodes: p.nodesWithoutInputs },
      ),
    );
  return {
    scope: { type: scope.type, id: scope.id, name: scope.name, regions: scope.regions },
    panorama: p,
    minConfidence,
    placements: {
      counted: use.length,
      belowThreshold: placements.filter((x) => x.review === 'auto' && x.confidence < minConfidence)
        .length,
      rejected: placements.filter((x) => x.review === 'rejected').length,
      byMethod,
    },
    syntheticShare,
    warnings,
  };
}

export interface ChainGapsResult extends ChainPanoramaResult {
  /** Gaps over template edges carry the national input-output table's evidence (`io`). */
  gaps: GapWithIo[];
}

/** A warning, or none, that a cluster scope has no member: its chain cannot be judged. */
export function noMemberData(
  scope: { type: 'cluster' | 'region'; id: string; name: string },
  members: number,
): AtlasWarning | null {
  if (scope.type !== 'cluster' || members > 0) return null;
  return warning(
    'ATLAS_W_NO_MEMBER_DATA',
    `${scope.name} has no member data: no chain gap or target is drawn (every node would read missing for want of data)`,
    { clusters: [scope.id] },
  );
}

/**
 * The panorama and its gaps. A cluster with no member has no gaps drawn:
 * every node would read "missing" for want of data, not of firms; the
 * answer says so (ATLAS_W_NO_MEMBER_DATA) with an empty list.
 */
export async function chainGapsFor(
  db: Duck,
  req: PanoramaRequest & { gapOptions?: Partial<GapOptions> },
): Promise<ChainGapsResult> {
  const r = await chainPanorama(db, req);
  const empty =
    r.scope.type === 'cluster'
      ? noMemberData(r.scope, (await readCluster(db, r.scope.id))?.memberCount ?? 0)
      : null;
  if (empty) return { ...r, gaps: [], warnings: [...r.warnings, empty] };
  const gaps = chainGaps(r.panorama, req.gapOptions);
  const template = await getChainTemplate(r.panorama.template.id, db);
  return {
    ...r,
    gaps: declareGaps(
      template.version === r.panorama.template.version ? withGapIo(gaps, template) : gaps,
      r.panorama,
    ),
  };
}
