import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { TargetsQuery } from '../../contract/chain-panorama.ts';
import { chainTargets } from '../../services/chain/targets.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { emit, say } from '../output.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';
import { panoramaRequest } from '../options/panorama-request.ts';
import {
  withChainScopeOptions,
  type ChainScopeCliOptions,
} from '../options/with-chain-scope-options.ts';
import { writeJson } from '../output/write-json.ts';

interface TargetsCliOptions extends ChainScopeCliOptions {
  node?: string;
  kinds?: string;
  limit?: string;
  nearKm?: string;
}

const KINDS = [
  'missing',
  'extend',
  'four_bases_thin',
  'weak',
  'single_supplier',
  'outside_dependence',
  'inputs_missing',
] as const;

/**
 * `atlas targets --cluster ID | --region CODE --chain ID [--node NODE]`:
 * for the chain's gaps, firms elsewhere in the atlas placed on the gap's
 * node, ranked by tier, size, placement confidence, proximity and existing
 * ties, each with its reasons (招商 targets).
 */
export function registerTargets(program: Command): void {
  withChainScopeOptions(
    program
      .command('targets')
      .description(
        'Firms elsewhere to attract (招商) for the chain gaps of a cluster or region, ranked with reasons',
      ),
  )
    .option('--node <id>', 'only this node')
    .option(
      '--kinds <list>',
      `gap kinds that call for targets (${KINDS.join(', ')})`,
      'missing,extend,four_bases_thin,weak',
    )
    .option('--limit <n>', 'targets per node', '10')
    .option('--near-km <km>', 'distance at which proximity halves', '500')
    .action(async (opts: TargetsCliOptions) => {
      const format = cliFormat(opts.format);
      const kinds = (opts.kinds ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      for (const k of kinds)
        if (!(KINDS as readonly string[]).includes(k))
          throw new AtlasError(
            'ATLAS_E_USAGE',
            `--kinds: unknown gap kind ${k}; allowed: ${KINDS.join(', ')}`,
          );
      const r = await withAtlas({ path: opts.db }, (db) =>
        chainTargets(db, {
          ...panoramaRequest(opts),
          node: opts.node,
          kinds: kinds as Array<(typeof KINDS)[number]>,
          targetOptions: {
            limit: numberOption.contract('limit', TargetsQuery.shape.limit, opts.limit),
            nearKm: numberOption.nonNegative('near-km', opts.nearKm),
          },
        }),
      );
      for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
      for (const n of r.nodes)
        if (n.targets.length === 0)
          say(
            `${n.node} (${n.nameZh}): no organisation elsewhere in the atlas is placed on this node`,
          );
      if (format === 'json') return writeJson(r, opts.out);
      emit(
        r.nodes.flatMap((n) =>
          n.targets.map((t) => ({
            node: n.node,
            node_name: n.nameZh,
            gaps: n.gaps.map((g) => g.kind).join(' '),
            relatedness: n.relatedness ?? '',
            rank: t.rank,
            organization: t.id,
            name: t.name,
            score: t.score,
            tier: t.tier ?? '',
            region: t.regionName ?? '',
            distance_km: t.distanceKm ?? '',
            revenue: t.revenue ?? '',
            synthetic: t.synthetic,
            reasons: t.reasons.join(' | '),
          })),
        ),
        { format, out: opts.out },
      );
    });
}
