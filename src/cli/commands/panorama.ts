import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import {
  chainPanorama,
  type ChainPanoramaResult,
  type PanoramaRequest,
} from '../../services/chain/panorama.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';

/** One node of the panorama the service answers. */
type PanoramaNode = ChainPanoramaResult['panorama']['nodes'][number];

export interface ChainScopeCliOptions {
  cluster?: string;
  region?: string;
  chain?: string;
  minConfidence?: string;
  strongMinFirms?: string;
  strongMinAnchors?: string;
  weakMaxFirms?: string;
  minInsideShare?: string;
  fourBasesWeight?: string;
  format?: string;
  out?: string;
  db?: string;
}

export function cliNumber(
  name: string,
  v: string | undefined,
  integer = false,
): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n)))
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--${name} must be a non-negative ${integer ? 'whole ' : ''}number, not ${v}`,
    );
  return n;
}

export function cliFormat(v: string | undefined): 'json' | 'csv' | 'table' | undefined {
  if (v === undefined || v === 'json' || v === 'csv' || v === 'table') return v;
  throw new AtlasError('ATLAS_E_USAGE', `--format must be one of json, csv, table, not ${v}`);
}

/** The scope, template and status-rule options panorama and gaps share. */
export function withChainScopeOptions(cmd: Command): Command {
  return cmd
    .option('--cluster <id>', 'a cluster: its members are placed')
    .option('--region <code>', 'a region (GB/T 2260): the organisations located there are placed')
    .option('--chain <id>', "chain template id (default: the cluster's first template)")
    .option('--min-confidence <x>', 'unconfirmed placements below this do not count', '0.25')
    .option('--strong-min-firms <n>', 'strong: at least this many firms', '5')
    .option(
      '--strong-min-anchors <n>',
      'strong: at least this many leaders/champions/little giants',
      '1',
    )
    .option('--weak-max-firms <n>', 'weak: at most this many firms and no anchor', '2')
    .option(
      '--min-inside-share <x>',
      'strong also needs this share of inputs bought inside (off by default)',
    )
    .option('--four-bases-weight <x>', 'weight of four-bases nodes in the completeness score', '1')
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)');
}

export function panoramaRequest(o: ChainScopeCliOptions): PanoramaRequest {
  const share = cliNumber('min-inside-share', o.minInsideShare);
  if (share !== undefined && share > 1)
    throw new AtlasError('ATLAS_E_USAGE', `--min-inside-share must lie in [0, 1], not ${share}`);
  return {
    cluster: o.cluster,
    region: o.region,
    chain: o.chain,
    minConfidence: cliNumber('min-confidence', o.minConfidence),
    options: {
      strongMinFirms: cliNumber('strong-min-firms', o.strongMinFirms, true),
      strongMinAnchors: cliNumber('strong-min-anchors', o.strongMinAnchors, true),
      weakMaxFirms: cliNumber('weak-max-firms', o.weakMaxFirms, true),
      minInsideShare: share ?? null,
      fourBasesWeight: cliNumber('four-bases-weight', o.fourBasesWeight),
    },
  };
}

export function writeJson(value: unknown, out: string | undefined): void {
  const text = JSON.stringify(value, null, 2) + '\n';
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

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
