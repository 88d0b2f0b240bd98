import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { chainPanorama, type ChainPanoramaResult } from '../../services/chain/panorama.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';
import { cliFormat } from '../options/cli-format.ts';
import { panoramaRequest } from '../options/panorama-request.ts';
import {
  withChainScopeOptions,
  type ChainScopeCliOptions,
} from '../options/with-chain-scope-options.ts';
import { writeJson } from '../output/write-json.ts';

/** One node of the panorama the service answers. */
type PanoramaNode = ChainPanoramaResult['panorama']['nodes'][number];

const names = (n: PanoramaNode, k: number): string =>
  [
    ...n.firms.chain_leader,
    ...n.firms.single_champion,
    ...n.firms.little_giant,
    ...n.firms.sme,
    ...n.others,
  ]
    .slice(0, k)
    .map((f) => f.name)
    .join('; ');

/** One row per node: the CSV/table form of a panorama (JSON has everything). */
export function panoramaRow(n: PanoramaNode): Record<string, unknown> {
  return {
    node: n.id,
    parent: n.parent ?? '',
    stage: n.stage,
    name_zh: n.nameZh,
    name_en: n.nameEn,
    four_bases: n.fourBases,
    critical: n.critical ? 'yes' : '',
    status: n.status,
    firms: n.counts.firms,
    chain_leaders: n.counts.chain_leader,
    single_champions: n.counts.single_champion,
    little_giants: n.counts.little_giant,
    smes: n.counts.sme,
    others: n.counts.others,
    revenue: n.size.revenue,
    employees: n.size.employees,
    links_in: n.links.inCount,
    links_out: n.links.outCount,
    inside_share: n.links.insideShare ?? '',
    share_basis: n.links.basis ?? '',
    top: names(n, 5),
    reason: n.reason,
  };
}

/** One row per (node, organisation): who is where, for spreadsheets. Group nodes repeat their descendants' organisations. */
export function firmRows(n: PanoramaNode): Array<Record<string, unknown>> {
  return [...Object.values(n.firms).flat(), ...n.others].map((f) => ({
    node: n.id,
    node_name: n.nameZh,
    status: n.status,
    organization: f.id,
    name: f.name,
    kind: f.kind,
    tier: f.tier ?? '',
    via: f.via,
    method: f.method,
    confidence: f.confidence,
    review: f.review,
    revenue: f.revenue ?? '',
    employees: f.employees ?? '',
    year: f.measureYear ?? '',
    synthetic: f.synthetic,
  }));
}

/**
 * `atlas panorama --cluster ID | --region CODE --chain ID`: the chain
 * panorama (产业链全景图): per node the organisations placed there by tier,
 * their size, supply links in and out, the share of inputs bought inside,
 * and a status by the rules the options set. Summary and warnings go to stderr.
 */
export function registerPanorama(program: Command): void {
  withChainScopeOptions(
    program
      .command('panorama')
      .description(
        'Industry-chain panorama (产业链全景图) of a cluster or region on a chain template',
      ),
  )
    .option(
      '--rows <rows>',
      'nodes (one row per node) | firms (one row per node and organisation)',
      'nodes',
    )
    .action(async (opts: ChainScopeCliOptions & { rows?: string }) => {
      if (opts.rows !== 'nodes' && opts.rows !== 'firms')
        throw new AtlasError('ATLAS_E_USAGE', `--rows must be nodes or firms, not ${opts.rows}`);
      const format = cliFormat(opts.format);
      const req = panoramaRequest(opts);
      const r = await withAtlas({ path: opts.db }, (db) => chainPanorama(db, req));
      for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
      const p = r.panorama;
      say(
        `${r.scope.name} on ${p.template.nameZh} ${p.template.version}: completeness ${p.completeness.toFixed(3)}, coverage ${p.coverage.toFixed(3)} (strong ${p.byStatus.strong}, present ${p.byStatus.present}, weak ${p.byStatus.weak}, missing ${p.byStatus.missing} leaf nodes)`,
      );
      if (format === 'json') return writeJson(r, opts.out);
      if (opts.rows === 'firms') return emit(p.nodes.flatMap(firmRows), { format, out: opts.out });
      emit(p.nodes.map(panoramaRow), { format, out: opts.out });
    });
}
