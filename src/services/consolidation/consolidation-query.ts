import type {
  ClusterConsolidationQuery,
  ConsolidationQuery,
} from '../../contract/consolidation.ts';
import { AtlasError } from '../../core/errors.ts';
import type { ConsolidateOptions } from './consolidation-types.ts';

/**
 * The analysis's options from the API's query (src/contract/consolidation.ts):
 * mergers written `A,B;C,D` become lists of two or more firms each.
 */
export function consolidationOptions(q: ClusterConsolidationQuery): ConsolidateOptions {
  const merge = (q.merge?.split(';').filter((m) => m.trim()) ?? []).map((m) =>
    m
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  for (const m of merge)
    if (m.length < 2)
      throw new AtlasError(
        'ATLAS_E_BAD_REQUEST',
        'merge: name at least two firms separated by commas',
      );
  return {
    merge,
    leader: q.leader,
    measure: q.measure,
    year: q.year,
    partners: q.partners,
    nationalMedian: q.nationalMedian,
  };
}

/** The options of GET /api/consolidation: a region's firms in an industry. */
export function regionConsolidationOptions(q: ConsolidationQuery): ConsolidateOptions {
  return { ...consolidationOptions(q), region: q.region, industry: q.industry };
}
