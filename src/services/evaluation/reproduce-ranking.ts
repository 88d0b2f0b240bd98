import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { evaluateFiles, type EvaluationReport } from './run-evaluation.ts';
import type { RankClustersReport } from './rank-clusters.ts';

/**
 * Re-runs a ranking saved by rankClusters({saveDir}): the saved system and
 * data under the saved options. The result equals the saved ranking.csv.
 */
export async function reproduceRanking(dir: string): Promise<EvaluationReport> {
  const run = JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')) as {
    spec: RankClustersReport['spec'];
  };
  const s = run.spec;
  return evaluateFiles(join(dir, 'data.csv'), join(dir, 'system.json'), {
    method: s.method,
    weights: s.weights,
    missing: s.missing,
    runs: s.runs,
    seed: s.seed,
    concentration: s.concentration,
  });
}
