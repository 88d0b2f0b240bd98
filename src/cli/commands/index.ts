import type { Command } from 'commander';
import { registerImport } from './import.ts';
import { registerStats } from './stats.ts';
import { registerMetric } from './metric.ts';
import { registerServe } from './serve.ts';
import { registerGenerate } from './generate.ts';
import { registerHomogeneity } from './homogeneity.ts';
import { registerDetect } from './detect.ts';
import { registerGraph } from './graph.ts';
import { registerEvaluate } from './evaluate.ts';
import { registerWeights } from './weights.ts';

import { registerChain } from './chain.ts';
import { registerPanorama } from './panorama.ts';
import { registerGaps } from './gaps.ts';
import { registerTargets } from './targets.ts';
import { registerActions } from './actions.ts';
import { registerMatch } from './match.ts';
import { registerUser } from './user.ts';
import { registerReport } from './report.ts';
import { registerIo } from './io.ts';
import { registerConsolidate } from './consolidate.ts';
import { registerCapacity } from './capacity.ts';
import { registerResolve } from './resolve.ts';
import { registerHistory } from './history.ts';
import { registerUndo } from './undo.ts';
import { registerUndoImport } from './undo-import.ts';
import { registerCrossRegion } from './cross-region.ts';
import { registerWorld } from './world.ts';
import { registerRank } from './rank.ts';
import { registerPeers } from './peers.ts';
/** Every CLI command registers itself here; one file per command. */
export const commands: Array<(program: Command) => void> = [
  registerImport,
  registerStats,
  registerServe,
  registerMetric,
  registerGenerate,
  registerHomogeneity,
  registerDetect,
  registerGraph,
  registerEvaluate,
  registerWeights,
  registerChain,
  registerPanorama,
  registerGaps,
  registerTargets,
  registerActions,
  registerMatch,
  registerUser,
  registerReport,
  registerIo,
  registerConsolidate,
  registerCapacity,
  registerResolve,
  registerHistory,
  registerUndo,
  registerUndoImport,
  registerRank,
  registerPeers,
  registerCrossRegion,
  registerWorld,
];
