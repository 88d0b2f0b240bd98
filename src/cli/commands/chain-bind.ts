import type { Command } from 'commander';
import { ChainBindingInput } from '../../contract/chains.ts';
import { AtlasError } from '../../core/errors.ts';
import { bindClusterChains, clusterChains } from '../../services/chain/bind-cluster.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited } from '../audit.ts';
import { say } from '../output.ts';

/**
 * `atlas chain bind CLUSTER [TEMPLATE …] [--reset]`: shows a cluster's chain
 * templates and where they come from; with templates, an analyst's choice
 * (in order, the first the panorama's default); --reset returns the cluster
 * to its field's templates.
 */
export function registerChainBind(chain: Command): void {
  chain
    .command('bind <cluster> [templates...]')
    .description(
      "Show or choose a cluster's chain templates (default: those of its chain field); --reset returns to the field's",
    )
    .option('--reset', "return the cluster to its field's templates")
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .action(async (cluster: string, templates: string[], o: { reset?: boolean; db?: string }) => {
      if (o.reset && templates.length)
        throw new AtlasError('ATLAS_E_USAGE', 'give templates or --reset, not both');
      const write = o.reset || templates.length > 0;
      // the same words the API accepts (src/contract/chains.ts)
      const checked = ChainBindingInput.safeParse({ templates });
      if (!checked.success)
        throw new AtlasError(
          'ATLAS_E_USAGE',
          `templates: ${checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      const r = await withAtlas({ path: o.db }, (db) =>
        write
          ? audited(db, 'atlas chain bind', cluster, () =>
              bindClusterChains(db, cluster, o.reset ? [] : templates),
            )
          : clusterChains(db, cluster),
      );
      const by = { analyst: "an analyst's choice", field: 'its chain field', none: 'nothing' }[
        r.chainTemplatesBy
      ];
      say(`${r.cluster}: ${r.chainTemplates.join(', ') || '(no template)'} — from ${by}`);
      for (const f of r.fields)
        say(`  field ${f.id} (${f.nameZh} / ${f.nameEn}): ${f.templates.join(', ')}`);
    });
}
