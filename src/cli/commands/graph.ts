import type { Command } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { graphAlgorithms } from '../../services/network/graph-algorithms.ts';
import { runGraphFile } from '../../services/network/run-graph-file.ts';
import { emit, say } from '../output.ts';
import { cliFormat } from '../options/cli-format.ts';
import { numberOption } from '../options/number-option.ts';

interface GraphCliOptions {
  edges?: string;
  directed?: boolean;
  weighted?: boolean;
  seed: string;
  mode?: string;
  samples?: string;
  detail?: boolean;
  out?: string;
  format?: string;
}

/**
 * `atlas graph ALGO --edges FILE`: one network algorithm over an edge list
 * `source,target[,weight]`. Output `node,value` (`node,community` for louvain,
 * `measure,value` for density); the summary (modularity, levels, iterations,
 * counts) and warnings go to stderr. Bad input → an error naming file, row and
 * column, and nothing is written.
 */
export function registerGraph(program: Command): void {
  const list = Object.entries(graphAlgorithms)
    .map(([name, a]) => `  ${name.padEnd(18)} ${a.description}`)
    .join('\n');
  program
    .command('graph')
    .description('Network analysis of an edge list: centralities, components, cores, communities')
    .argument('<algo>', `one of: ${Object.keys(graphAlgorithms).join(', ')}`)
    .option('--edges <file>', 'edge list with header source,target[,weight]')
    .option('--directed', 'edges go from source to target (default: undirected)')
    .option(
      '--weighted',
      'use the weight column: tie strength (strength, pagerank, louvain, constraint) or length (betweenness, harmonic)',
    )
    .option('--seed <n>', 'random seed for louvain and sampled betweenness', '42')
    .option(
      '--mode <mode>',
      'directed graphs: out | in | all (degree, strength, coreness, harmonic)',
    )
    .option('--samples <k>', 'betweenness: estimate from k random sources (Brandes-Pich)')
    .option('--detail', 'louvain: a column per level; components: component size')
    .option('--out <file>', 'write to a file instead of stdout (CSV unless --format)')
    .option('--format <format>', 'csv | json | table')
    .addHelpText(
      'after',
      `\nAlgorithms:\n${list}\n\nSelf-loops and edges of weight 0 are dropped with a warning; negative or\nnon-numeric weights are errors listing file, row and column.`,
    )
    .action(async (algo: string, opts: GraphCliOptions) => {
      if (!opts.edges) throw new AtlasError('ATLAS_E_USAGE', 'give --edges FILE');
      cliFormat(opts.format);
      if (opts.mode && !['out', 'in', 'all'].includes(opts.mode)) {
        throw new AtlasError('ATLAS_E_USAGE', `--mode must be out, in or all, not ${opts.mode}`);
      }
      const seed = numberOption.whole('seed', opts.seed, 0, 0xffffffff);
      const samples = numberOption.whole('samples', opts.samples, 1, 2 ** 31 - 1);
      const result = await runGraphFile(algo, opts.edges, {
        directed: opts.directed,
        weighted: opts.weighted,
        seed,
        samples,
        mode: opts.mode as 'out' | 'in' | 'all' | undefined,
        detail: opts.detail,
      });
      for (const w of result.warnings) say(`warning ${w.code}: ${w.message}`);
      emit(result.rows, { format: opts.format, out: opts.out }, result.columns);
      const s = Object.entries(result.summary)
        .map(([k, v]) => `${k} ${Array.isArray(v) ? v.map(fmt).join(' → ') : fmt(v)}`)
        .join(', ');
      say(`${algo}: ${s}${opts.out ? ` → ${opts.out}` : ''}`);
    });
}

function fmt(v: unknown): string {
  return typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(6) : String(v);
}
