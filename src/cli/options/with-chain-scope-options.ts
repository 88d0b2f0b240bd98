import type { Command } from 'commander';

/** The scope, template and status-rule options, as commander gives them. */
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

/** The scope, template and status-rule options panorama, gaps and targets share. */
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
