import { ahpWeights, type AhpMethod } from '../../analytics/evaluation/ahp-weights.ts';
import { criticWeights } from '../../analytics/evaluation/critic-weights.ts';
import { entropyWeights } from '../../analytics/evaluation/entropy-weights.ts';
import { applyMissingRule, type MissingRule } from '../../analytics/evaluation/missing-values.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import { loadIndexSystem } from './load-index-system.ts';
import { readEvaluationData } from './read-evaluation-data.ts';
import { readPairwiseFile } from './read-pairwise-file.ts';

export interface WeightsReport {
  weights: { criterion: string; weight: number }[];
  lambdaMax?: number;
  CI?: number;
  CR?: number;
  RI?: number;
  method: string;
  warnings: AtlasWarning[];
}

/** `atlas weights ahp --matrix FILE`: AHP weights, λmax, CI, CR (refuses CR ≥ 0.1 unless forced). */
export async function ahpWeightsFile(
  file: string,
  opts: { force?: boolean; method?: AhpMethod } = {},
): Promise<WeightsReport> {
  const r = ahpWeights(await readPairwiseFile(file), opts);
  return {
    weights: r.criteria.map((c, j) => ({ criterion: c, weight: r.weights[j] })),
    lambdaMax: r.lambdaMax,
    CI: r.CI,
    CR: r.CR,
    RI: r.RI,
    method: `ahp-${r.method}`,
    warnings: r.warnings,
  };
}

/**
 * `atlas weights entropy|critic --data FILE`: objective weights from long
 * data (alternative,indicator,value). Directions (for CRITIC) come from an
 * index system when given, else every indicator is a benefit indicator.
 */
export async function objectiveWeightsFile(
  kind: 'entropy' | 'critic',
  file: string,
  opts: { missing?: MissingRule; system?: string } = {},
): Promise<WeightsReport> {
  const data = await readEvaluationData(file);
  const system = opts.system ? await loadIndexSystem(opts.system) : undefined;
  const dirOf = (id: string) => system?.indicators.find((i) => i.id === id)?.direction ?? 'benefit';
  const dirs = data.matrix.indicators.map(dirOf);
  const filled = applyMissingRule(data.matrix, opts.missing ?? 'refuse', dirs);
  const keptDirs = filled.keptIndicators.map((j) => dirs[j]);
  const r =
    kind === 'entropy' ? entropyWeights(filled.matrix) : criticWeights(filled.matrix, keptDirs);
  return {
    weights: filled.matrix.indicators.map((c, j) => ({ criterion: c, weight: r.weights[j] })),
    method: kind,
    warnings: [...filled.warnings, ...r.warnings],
  };
}
