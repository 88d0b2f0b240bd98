import { declareAggregates } from '../../core/access/disclosure.ts';
import { AtlasError } from '../../core/errors.ts';
import type { Disruption, ResilienceQuery } from '../../contract/resilience.ts';
import type { Duck } from '../../store/duck.ts';
import { simulateChainDisruption } from './chain-disruption.ts';
import { simulateDisruption } from './disruption.ts';

/** Days a visitor's disruption may assume: none, a week, a fortnight, months, years. */
const DAYS = [0, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650];
const nearestDays = (d: number) =>
  DAYS.reduce((best, x) => (Math.abs(x - d) < Math.abs(best - d) ? x : best), DAYS[0]);

/**
 * The parameters snapped for someone who may not see firms' figures: a
 * continuous threshold lets an asker find where a firm fails, i.e. its loss.
 */
function snapped(q: ResilienceQuery): NonNullable<Disruption['coarsened']> {
  return {
    failAt: Math.min(1, Math.max(0.25, Math.round(q.failAt * 4) / 4)),
    bufferDays: nearestDays(q.bufferDays),
    horizonDays: Math.max(7, nearestDays(q.horizonDays)),
  };
}

/**
 * GET /api/resilience: a supply disruption (disruption.ts), or with a
 * cluster its chain read (chain-disruption.ts), as a viewer may ask it —
 * `coarse` for someone who may not see firms' figures, whose parameters are
 * snapped (and said so) — with the firms hit cut to `limit`, the output at
 * risk declared a confidential aggregate of every hit and each loss its
 * firm's own figure.
 */
export async function resilienceAnswer(
  db: Duck,
  q: ResilienceQuery,
  coarse: boolean,
): Promise<Disruption> {
  const snap = snapped(q);
  const request = {
    remove: (q.remove ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
    region: q.region,
    ...(coarse ? snap : { bufferDays: q.bufferDays, horizonDays: q.horizonDays, failAt: q.failAt }),
    // Every hit: the total's disclosure counts them all; the list is cut below.
    limit: Number.MAX_SAFE_INTEGER,
  };
  if (q.node && !q.cluster)
    throw new AtlasError('ATLAS_E_BAD_VALUE', 'node needs cluster: whose firms on it stop?', {
      node: q.node,
    });
  const r = q.cluster
    ? await simulateChainDisruption(db, {
        ...request,
        cluster: q.cluster,
        chain: q.chain,
        node: q.node,
      })
    : await simulateDisruption(db, request);
  const answer = declareAggregates(
    {
      ...r,
      options: { ...r.options, limit: q.limit },
      hits: r.hits.slice(0, q.limit),
      ...(coarse ? { coarsened: snap } : {}),
    },
    [
      {
        path: ['outputAtRisk'],
        sets: [r.hits.map((h) => ({ id: h.organization, value: h.output ?? 0 }))],
      },
    ],
  );
  for (const h of answer.hits)
    declareAggregates(h, [{ path: ['loss'], sets: [[{ id: h.organization, value: 1 }]] }]);
  return answer;
}
