import type { WorldBenchmark, WorldBenchmarkQuery } from '../../contract/world.ts';
import { AtlasError } from '../../core/errors.ts';
import { chainBindings, type ChainField } from '../../store/chain-bindings.ts';
import type { Duck } from '../../store/duck.ts';
import { readIndicators } from '../../store/queries/indicators.ts';
import { readIndustryNames } from '../../store/queries/industry-names.ts';
import { readCluster } from '../../store/queries/clusters.ts';
import { readRegions } from '../../store/queries/regions.ts';
import {
  naicsConcordance,
  usClusters,
  worldClusters,
  type WorldCluster,
} from '../../store/world-reference.ts';
import { getChainTemplate } from '../chain/templates.ts';
import { chainFieldList } from './chain-field-list.ts';
import { fieldCodes } from './field-codes.ts';
import { figureTable } from './figure-table.ts';
import { closestMatch } from './gbt-match.ts';
import { usCounterpart } from './us-counterpart.ts';

const RANK = { class: 3, group: 2, division: 1 } as const;

/**
 * The field asked for, or a cluster's: the first field its binding names,
 * else the field whose main chain is the cluster's first chain template (an
 * analyst's choice).
 */
async function resolveField(
  db: Duck,
  q: WorldBenchmarkQuery,
): Promise<{ field: ChainField; clusters: string[] }> {
  const bindings = chainBindings();
  const fields = new Map(bindings.flatMap((b) => b.fields.map((f) => [f.id, f] as const)));
  let id = q.field;
  if (q.cluster) {
    const c = await readCluster(db, q.cluster);
    if (!c)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${q.cluster}`, {
        id: q.cluster,
      });
    const bound = bindings.find((x) => x.cluster === q.cluster)?.fields[0];
    const byTemplate = [...fields.values()].find((f) => f.templates[0] === c.chainTemplates[0]);
    id = (bound ?? byTemplate)?.id;
    if (!id)
      throw new AtlasError('ATLAS_E_NOT_FOUND', `cluster ${q.cluster} has no chain field`, {
        id: q.cluster,
      });
  }
  if (!id) throw new AtlasError('ATLAS_E_USAGE', 'give a chain field (field) or a cluster');
  const field = fields.get(id);
  if (!field) throw new AtlasError('ATLAS_E_NOT_FOUND', `no chain field ${id}`, { id });
  const clusters = q.cluster
    ? [q.cluster]
    : bindings.filter((b) => b.fields.some((f) => f.id === id)).map((b) => b.cluster);
  return { field, clusters };
}

async function chinaSubjects(db: Duck, ids: readonly string[]) {
  const out = [];
  for (const id of ids) {
    const c = await readCluster(db, id);
    if (!c) continue;
    const regions = await readRegions(db, { codes: c.regions });
    out.push({
      id: c.id,
      nameZh: c.name,
      nameEn: c.nameEn ?? c.name,
      placeZh: regions.map((r) => r.nameZh).join('、'),
      placeEn: regions.map((r) => r.nameEn ?? r.nameZh).join(', '),
      indicators: await readIndicators(db, 'cluster', c.id),
    });
  }
  return out;
}

/**
 * A Chinese chain field (or a cluster, by its first field) beside the world:
 * its GB/T classes (field-codes.ts), its DPS US counterpart and the related
 * US clusters (us-counterpart.ts), the world clusters the sources name that
 * share a GB/T level with it (gbt-match.ts, closest first), and the figures
 * of both sides with the missing ones said (figure-table.ts).
 */
export async function worldBenchmark(db: Duck, q: WorldBenchmarkQuery): Promise<WorldBenchmark> {
  const { field, clusters } = await resolveField(db, q);
  const template = await getChainTemplate(field.templates[0]!, db);
  const { core: codes, products } = fieldCodes(template);
  const names = await readIndustryNames(db, codes);
  const concordance = naicsConcordance();
  const us = usCounterpart(codes, concordance, usClusters());
  const file = worldClusters();
  const peers = file.clusters
    .map((w) => ({
      w,
      m: closestMatch(
        w.gbt4754.map((g) => g.code),
        products,
      ),
    }))
    .filter((x) => x.m !== null)
    .sort((a, b) => RANK[b.m!.level] - RANK[a.m!.level]);
  const china = await chinaSubjects(db, clusters);
  const table = figureTable(
    china,
    peers.map((p) => p.w),
    file,
  );
  const fieldUs = us.counterpart
    ? { code: us.counterpart.code, nameEn: us.counterpart.nameEn }
    : null;
  return {
    field: { id: field.id, nameZh: field.nameZh, nameEn: field.nameEn },
    template: template.id,
    codes: codes.map((c) => ({
      code: c,
      nameZh: names.get(c) ?? c,
      product: products.includes(c),
    })),
    usCounterpart: us.counterpart && {
      code: us.counterpart.code,
      nameEn: us.counterpart.nameEn,
      share: us.counterpart.share,
      source: us.counterpart.source,
      evidence: us.counterpart.evidence.map((r) => ({
        gbt4754: r.gbt4754,
        gbtName: r.gbtName,
        naics: r.naics,
        naicsTitle: r.naicsTitle,
        relation: r.relation,
        basis: r.basis,
        inferred: r.inferred,
      })),
    },
    otherUsClusters: us.others,
    relatedUsClusters: us.related,
    subjects: subjectsOf(china, peers, fieldUs, table.missing, concordance),
    figures: table.rows,
    fields: chainFieldList(),
    notes: us.unmapped.length
      ? [`GB/T classes without a concordance row: ${us.unmapped.join(', ')}`]
      : [],
  };
}

type Peer = { w: WorldCluster; m: ReturnType<typeof closestMatch> };

/** The Chinese clusters, then the world peers with how each meets the field and its own US cluster. */
function subjectsOf(
  china: Awaited<ReturnType<typeof chinaSubjects>>,
  peers: readonly Peer[],
  fieldUs: { code: number; nameEn: string } | null,
  missing: Map<string, string[]>,
  concordance: ReturnType<typeof naicsConcordance>,
): WorldBenchmark['subjects'] {
  const worldUs = (codes: readonly string[]) => {
    const c = usCounterpart(codes, concordance, usClusters()).counterpart;
    return c ? { code: c.code, nameEn: c.nameEn } : null;
  };
  return [
    ...china.map((c) => ({
      id: c.id,
      side: 'china' as const,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      placeZh: c.placeZh,
      placeEn: c.placeEn,
      match: null,
      usCluster: fieldUs,
      missing: missing.get(c.id) ?? [],
    })),
    ...peers.map(({ w, m }) => ({
      id: w.id,
      side: 'world' as const,
      nameZh: w.nameZh,
      nameEn: w.nameEn,
      placeZh: w.placeZh,
      placeEn: w.placeEn,
      match: {
        ...m!,
        basis: w.gbt4754.find((g) => g.code === m!.worldCode)?.basis ?? '',
        basisZh: w.gbt4754.find((g) => g.code === m!.worldCode)?.basisZh ?? '',
      },
      usCluster: worldUs(w.gbt4754.map((g) => g.code)),
      missing: missing.get(w.id) ?? [],
    })),
  ];
}
