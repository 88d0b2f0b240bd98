import { counted } from '../../analytics/chain/place.ts';
import { AtlasError } from '../../core/errors.ts';
import type { NodeShift } from '../../contract/resilience.ts';
import { readSupplyLinks } from '../../store/chains.ts';
import type { Duck } from '../../store/duck.ts';
import { chainContext, panoramaOf } from '../chain/panorama.ts';
import { simulateDisruption, type DisruptionReport, type DisruptionRequest } from './disruption.ts';

/** A chain node before and after (src/contract/resilience.ts). */
export type { NodeShift };

export interface ChainDisruptionRequest extends DisruptionRequest {
  /** The cluster whose chain panorama is compared before and after. */
  cluster: string;
  /** Chain template (default: the cluster's first). */
  chain?: string;
  /** A chain node whose placed organisations (in the cluster) all stop. */
  node?: string;
}

export interface ChainDisruptionReport extends DisruptionReport {
  chain: { template: string; cluster: string; node: string | null; nodes: NodeShift[] };
}

/**
 * A disruption read on a cluster's industry chain: optionally stop every
 * organisation placed on one chain node (a node-wide shock: a fire, an export
 * ban on that part), propagate it over the supply links (disruption.ts), and
 * compare the cluster's panorama before and after — the same placements and
 * status rules, without the organisations that stopped and their links —
 * node by node, changed nodes first.
 */
export async function simulateChainDisruption(
  db: Duck,
  req: ChainDisruptionRequest,
): Promise<ChainDisruptionReport> {
  const ctx = await chainContext(db, { cluster: req.cluster, chain: req.chain });
  const links = await readSupplyLinks(db);
  const remove = [...(req.remove ?? [])];
  const onNode: string[] = [];
  if (req.node) {
    if (!ctx.template.nodes.some((n) => n.id === req.node))
      throw new AtlasError(
        'ATLAS_E_NOT_FOUND',
        `chain ${ctx.template.id} has no node ${req.node}`,
        { chain: ctx.template.id, node: req.node },
      );
    const supplying = new Set(links.map((l) => l.source));
    for (const p of ctx.placements)
      if (p.node === req.node && counted(p)) {
        onNode.push(p.organization);
        // Only suppliers propagate; the others stop too and leave the panorama.
        if (supplying.has(p.organization)) remove.push(p.organization);
      }
    if (remove.length === 0)
      throw new AtlasError(
        'ATLAS_E_BAD_VALUE',
        `no organisation placed on ${req.node} in ${req.cluster} supplies anyone: nothing to stop`,
        { cluster: req.cluster, node: req.node },
      );
  }
  const report = await simulateDisruption(db, { ...req, remove });
  const stopped = new Set([...report.stopped, ...onNode]);
  const before = panoramaOf(ctx, links, {}).panorama;
  const after = panoramaOf(
    { ...ctx, placements: ctx.placements.filter((p) => !stopped.has(p.organization)) },
    links.filter((l) => !stopped.has(l.source) && !stopped.has(l.target)),
    {},
  ).panorama;
  const afterById = new Map(after.nodes.map((n) => [n.id, n]));
  const nodes: NodeShift[] = before.nodes.map((b) => {
    const a = afterById.get(b.id)!;
    return {
      node: b.id,
      nameZh: b.nameZh,
      nameEn: b.nameEn,
      stage: b.stage,
      critical: b.critical !== null,
      before: { status: b.status, firms: b.counts.firms },
      after: { status: a.status, firms: a.counts.firms },
    };
  });
  const changed = (n: NodeShift) =>
    n.before.status !== n.after.status || n.before.firms !== n.after.firms ? 0 : 1;
  nodes.sort((x, y) => changed(x) - changed(y));
  return {
    ...report,
    chain: { template: ctx.template.id, cluster: req.cluster, node: req.node ?? null, nodes },
  };
}
