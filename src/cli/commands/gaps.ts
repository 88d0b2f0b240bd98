import type { Command } from 'commander';
import { chainGapsFor } from '../../services/chain/panorama.ts';
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

interface GapsCliOptions extends ChainScopeCliOptions {
  gapMinInsideShare?: string;
  minLinks?: string;
  fourBasesMaxFirms?: string;
}

/**
 * `atlas gaps --cluster ID | --region CODE --chain ID`: the chain's gaps
 * (强链补链): missing and weak nodes, thin four-bases nodes, single
 * suppliers, dependence on outside suppliers, each with its action
 * (fill / strengthen / replace_imports / extend) and evidence.
 */
export function registerGaps(program: Command): void {
  withChainScopeOptions(
    program
      .command('gaps')
      .description(
        'Chain gaps (强链补链) of a cluster or region: what to fill, strengthen, localise or extend',
      ),
  )
    .option('--gap-min-inside-share <x>', 'outside dependence: inside share below this', '0.5')
    .option('--min-links <n>', 'outside dependence: at least this many in-links', '3')
    .option(
      '--four-bases-max-firms <n>',
      'four-bases node thin when held by at most this many firms',
      '1',
    )
    .action(async (opts: GapsCliOptions) => {
      const format = cliFormat(opts.format);
      const req = {
        ...panoramaRequest(opts),
        gapOptions: {
          minInsideShare: numberOption.range('gap-min-inside-share', opts.gapMinInsideShare, 0, 1),
          minLinks: numberOption.nonNegativeWhole('min-links', opts.minLinks),
          fourBasesMaxFirms: numberOption.nonNegativeWhole(
            'four-bases-max-firms',
            opts.fourBasesMaxFirms,
          ),
        },
      };
      const r = await withAtlas({ path: opts.db }, (db) => chainGapsFor(db, req));
      for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
      say(
        `${r.scope.name} on ${r.panorama.template.nameZh}: ${r.gaps.length} gaps (completeness ${r.panorama.completeness.toFixed(3)})`,
      );
      if (format === 'json')
        return writeJson(
          { scope: r.scope, template: r.panorama.template, gaps: r.gaps, warnings: r.warnings },
          opts.out,
        );
      emit(
        r.gaps.map((g) => ({
          severity: g.severity,
          kind: g.kind,
          action: g.action,
          node: g.node,
          name_zh: g.nameZh,
          name_en: g.nameEn,
          four_bases: g.fourBases,
          critical: g.critical ? 'yes' : '',
          evidence: g.evidence,
        })),
        { format, out: opts.out },
      );
    });
}
