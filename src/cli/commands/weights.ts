import type { Command } from 'commander';
import { WeightsOptions } from '../../contract/evaluation.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  ahpWeightsFile,
  objectiveWeightsFile,
  type WeightsReport,
} from '../../services/evaluation/compute-weights-file.ts';
import { choiceHelp, contractValue } from '../contract-options.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';

const W = WeightsOptions.shape;

interface WeightsCliOptions {
  matrix?: string;
  data?: string;
  system?: string;
  missing?: string;
  variant?: string;
  force?: boolean;
  json?: boolean;
  out?: string;
  format?: string;
}

/**
 * `atlas weights ahp --matrix FILE [--json]` prints criterion,weight, or
 * with --json {weights, lambdaMax, CI, CR}; `atlas weights entropy|critic
 * --data FILE [--json]` prints objective weights of long data.
 */
export function registerWeights(program: Command): void {
  program
    .command('weights')
    .description(
      'Indicator weights: ahp (pairwise matrix, with λmax, CI, CR), entropy or critic (data)',
    )
    .argument('<kind>', 'ahp | entropy | critic')
    .option(
      '--matrix <file>',
      'ahp: square CSV; header row holds the criteria after an empty first cell',
    )
    .option(
      '--variant <v>',
      `ahp: ${choiceHelp(W.variant, W.variant.unwrap().options)} (default eigenvector)`,
    )
    .option('--force', 'ahp: accept CR ≥ 0.1')
    .option('--data <file>', 'entropy, critic: long data alternative,indicator,value')
    .option('--system <file>', 'critic: index system giving each indicator its direction')
    .option('--missing <rule>', `entropy, critic: ${W.missing.unwrap().options.join(' | ')}`)
    .option('--json', 'print {weights, lambdaMax, CI, CR} as JSON')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--format <format>', 'csv | json | table')
    .action(async (kind: string, opts: WeightsCliOptions) => {
      let report: WeightsReport;
      if (kind === 'ahp') {
        if (!opts.matrix)
          throw new AtlasError('ATLAS_E_USAGE', 'atlas weights ahp needs --matrix FILE');
        report = await ahpWeightsFile(opts.matrix, {
          force: opts.force,
          method: contractValue('variant', W.variant, opts.variant),
        });
      } else if (kind === 'entropy' || kind === 'critic') {
        if (!opts.data)
          throw new AtlasError('ATLAS_E_USAGE', `atlas weights ${kind} needs --data FILE`);
        report = await objectiveWeightsFile(kind, opts.data, {
          missing: contractValue('missing', W.missing, opts.missing),
          system: opts.system,
        });
      } else {
        throw new AtlasError('ATLAS_E_USAGE', `kind must be ahp, entropy or critic, not ${kind}`);
      }
      for (const w of report.warnings) say(`warning ${w.code}: ${w.message}`);
      if (opts.json) {
        const body: Record<string, unknown> = {
          weights: Object.fromEntries(report.weights.map((w) => [w.criterion, w.weight])),
        };
        if (report.lambdaMax !== undefined) {
          body.lambdaMax = report.lambdaMax;
          body.CI = report.CI;
          body.CR = report.CR;
          body.RI = report.RI;
        }
        body.method = report.method;
        writeJson(body, opts.out);
        return;
      }
      if (report.CR !== undefined) {
        say(
          `λmax ${report.lambdaMax?.toFixed(6)}, CI ${report.CI?.toFixed(6)}, CR ${report.CR.toFixed(6)}`,
        );
      }
      emit(report.weights as unknown as Record<string, unknown>[], opts, ['criterion', 'weight']);
    });
}
