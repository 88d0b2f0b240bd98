import {
  DEFAULT_DISRUPTION,
  propagateDisruption,
  type DisruptionOptions,
  type SupplyEdge,
} from '../../analytics/network/resilience/propagate-disruption.ts';
import {
  resilienceCurve,
  type CurvePoint,
} from '../../analytics/network/resilience/resilience-curve.ts';
import { AtlasError } from '../../core/errors.ts';
import type { AnswerWarning } from '../../contract/answer-warning.ts';
import { answerWarnings } from '../answer-warnings.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readSupplyNetwork,
  type SupplyLinkDetail,
  type SupplyOrg,
} from '../../store/queries/supply-network.ts';
import { syntheticMark, syntheticWarnings, type SyntheticMark } from '../synthetic-share.ts';

export interface DisruptionRequest extends Partial<DisruptionOptions> {
  /** Organisations that fail. */
  remove?: string[];
  /** Every organisation of this region (any level) fails. */
  region?: string;
  /** Firms hit listed at most (default 50). */
  limit?: number;
}

export interface FirmHit {
  organization: string;
  name: string;
  province: string | null;
  synthetic: boolean;
  loss: number;
  failed: boolean;
  /** Output × loss (confidential figure; withheld from viewers by the API). */
  output: number | null;
}

/**
 * A disruption's answer. Its synthetic mark (SyntheticMark, spread) is over
 * the supply network it ran on: `organizations` and `links` of every supply
 * link; ATLAS_W_SYNTHETIC_INCLUDED in `warnings` when any is synthetic.
 */
export interface DisruptionReport extends SyntheticMark {
  removed: string[];
  options: DisruptionOptions;
  rounds: number;
  firmsHit: number;
  /** Of the firms hit, those that are synthetic. */
  syntheticFirmsHit: number;
  firmsFailed: number;
  outputAtRisk: number;
  hits: FirmHit[];
  /** Every organisation that stops: the removed and those whose losses reach failAt (not capped by limit). */
  stopped: string[];
  /** Products the removed organisations supplied that no surviving supplier in another province makes (the backup-base question of 《产城》 (2023) 跨省域电子信息先进制造业集群如何共建?). */
  noBackupBase: { product: string; survivingSuppliers: number; provinces: string[] }[];
  assumptions: string[];
  warnings: AnswerWarning[];
}

/**
 * The supply links as the kernel takes them: organisations and products as
 * indices (a link without a product is its supplier's own product, `own:ID`,
 * numbered in the order first met), a link without a positive value counting 1.
 */
function supplyEdges(
  links: readonly SupplyLinkDetail[],
  index: ReadonlyMap<string, number>,
): SupplyEdge[] {
  const products = new Map<string, number>();
  return links.map((l) => {
    const p = l.product ?? `own:${l.source}`;
    if (!products.has(p)) products.set(p, products.size);
    return {
      supplier: index.get(l.source)!,
      customer: index.get(l.target)!,
      product: products.get(p)!,
      value: l.value !== null && l.value > 0 ? l.value : 1,
    };
  });
}

function checkDisruptionOptions(options: DisruptionOptions): void {
  if (
    !(options.horizonDays > 0) ||
    options.bufferDays < 0 ||
    !(options.failAt > 0 && options.failAt <= 1)
  )
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'horizon > 0, buffer ≥ 0 and 0 < failAt ≤ 1', {
      ...options,
    });
}

/** The organisations that fail: those named, and every one of the region with supply links. */
async function removedOrganizations(
  db: Duck,
  req: DisruptionRequest,
  index: ReadonlyMap<string, number>,
): Promise<Set<string>> {
  const removedIds = new Set(req.remove ?? []);
  for (const id of removedIds)
    if (!index.has(id))
      throw new AtlasError('ATLAS_E_NOT_FOUND', `${id} has no supply links in the atlas`, { id });
  if (req.region) {
    const r = req.region;
    const inRegion = await db.all(
      `SELECT id FROM organizations WHERE region = $r OR prefecture = $r OR province = $r`,
      { r },
    );
    for (const row of inRegion) if (index.has(String(row.id))) removedIds.add(String(row.id));
  }
  if (removedIds.size === 0)
    throw new AtlasError(
      'ATLAS_E_BAD_VALUE',
      'remove at least one organisation with supply links, or a region that has some',
      {
        remove: req.remove ?? [],
        region: req.region ?? null,
      },
    );
  return removedIds;
}

/** Every firm that loses inputs (the removed left out), most loss first, and Σ output × loss. */
function firmHits(
  orgs: readonly SupplyOrg[],
  d: ReturnType<typeof propagateDisruption>,
  removedIds: ReadonlySet<string>,
): { hits: FirmHit[]; outputAtRisk: number } {
  const hits: FirmHit[] = [];
  let outputAtRisk = 0;
  orgs.forEach((o, i) => {
    if (removedIds.has(o.id) || d.loss[i] === 0) return;
    if (o.output !== null) outputAtRisk += o.output * d.loss[i];
    hits.push({
      organization: o.id,
      name: o.name,
      province: o.province,
      synthetic: o.synthetic,
      loss: d.loss[i],
      failed: d.failed[i] === 1,
      output: o.output === null ? null : o.output * d.loss[i],
    });
  });
  hits.sort((a, b) => b.loss - a.loss || a.organization.localeCompare(b.organization));
  return { hits, outputAtRisk };
}

/**
 * Backup bases: the products the removed supplied whose surviving suppliers
 * all sit in the removed organisations' provinces (or are none), by product.
 */
function noBackupBases(
  links: readonly SupplyLinkDetail[],
  orgs: readonly SupplyOrg[],
  index: ReadonlyMap<string, number>,
  removedIds: ReadonlySet<string>,
  failed: ArrayLike<number>,
): DisruptionReport['noBackupBase'] {
  const lostProducts = new Set(
    links.filter((l) => removedIds.has(l.source) && l.product).map((l) => l.product!),
  );
  return [...lostProducts]
    .map((p) => {
      const survivors = new Set(
        links.filter((l) => l.product === p && !failed[index.get(l.source)!]).map((l) => l.source),
      );
      const provinces = [
        ...new Set([...survivors].map((s) => orgs[index.get(s)!].province ?? '?')),
      ].sort();
      const removedProvinces = new Set([...removedIds].map((id) => orgs[index.get(id)!].province));
      return { product: p, survivingSuppliers: survivors.size, provinces, removedProvinces };
    })
    .filter((x) => x.provinces.every((pv) => x.removedProvinces.has(pv)))
    .map(({ product, survivingSuppliers, provinces }) => ({
      product,
      survivingSuppliers,
      provinces,
    }))
    .sort((a, b) => a.product.localeCompare(b.product));
}

/**
 * A supply disruption over the store's supply links (propagate-disruption.ts):
 * remove organisations or a whole region, see which customers lose inputs
 * that no one else makes, how far it cascades, the output at risk, and which
 * of the products lost have no supplier left in a second province.
 */
export async function simulateDisruption(
  db: Duck,
  req: DisruptionRequest,
): Promise<DisruptionReport> {
  const options: DisruptionOptions = { ...DEFAULT_DISRUPTION, ...req };
  checkDisruptionOptions(options);
  const { links, orgs } = await readSupplyNetwork(db);
  const index = new Map(orgs.map((o, i) => [o.id, i]));
  const removedIds = await removedOrganizations(db, req, index);
  const removed = [...removedIds].map((id) => index.get(id)!);
  const d = propagateDisruption(orgs.length, supplyEdges(links, index), removed, options);
  const { hits, outputAtRisk } = firmHits(orgs, d, removedIds);
  const mark = syntheticMark(orgs, links);
  return {
    removed: [...removedIds].sort(),
    options,
    rounds: d.rounds,
    firmsHit: hits.length,
    syntheticFirmsHit: hits.filter((h) => h.synthetic).length,
    firmsFailed: hits.filter((h) => h.failed).length,
    outputAtRisk,
    hits: hits.slice(0, req.limit ?? 50),
    stopped: [...removedIds, ...hits.filter((h) => h.failed).map((h) => h.organization)].sort(),
    noBackupBase: noBackupBases(links, orgs, index, removedIds, d.failed),
    assumptions: [
      'any surviving supplier of the same product anywhere in the atlas can take a customer on (optimistic)',
      'a customer that loses failAt or more of its inputs fails and stops supplying',
      'a link without a value counts 1',
    ],
    ...mark,
    warnings: answerWarnings(syntheticWarnings(mark, 'of the supply network')),
  };
}

/** The resilience curve of the store's supply network (resilience-curve.ts). */
export async function supplyResilienceCurve(
  db: Duck,
  o: Partial<DisruptionOptions> & { shares?: number[]; runs?: number; seed?: number },
): Promise<
  SyntheticMark & {
    points: CurvePoint[];
    runs: number;
    seed: number;
    warnings: AnswerWarning[];
  }
> {
  const { links, orgs } = await readSupplyNetwork(db);
  const index = new Map(orgs.map((x, i) => [x.id, i]));
  const edges = supplyEdges(links, index);
  const runs = o.runs ?? 50;
  const seed = o.seed ?? 1;
  const points = resilienceCurve(orgs.length, edges, {
    ...DEFAULT_DISRUPTION,
    ...o,
    shares: o.shares ?? [0, 0.05, 0.1, 0.2, 0.3, 0.5],
    runs,
    seed,
  });
  const mark = syntheticMark(orgs, links);
  return {
    points,
    ...mark,
    runs,
    seed,
    warnings: answerWarnings(syntheticWarnings(mark, 'of the supply network')),
  };
}
