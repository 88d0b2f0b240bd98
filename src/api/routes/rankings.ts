import type { FastifyInstance } from 'fastify';
import { loadIndexSystem } from '../../services/evaluation/load-index-system.ts';
import { scorecardInDesignation } from '../../services/evaluation/cluster-scorecard.ts';
import { STORE_SYSTEM } from '../../services/evaluation/rank-clusters.ts';
import { rankings } from '../../services/evaluation/rankings.ts';
import { rankClustersOverYears } from '../../services/evaluation/rank-clusters-years.ts';
import { parseYears } from '../../services/evaluation/evaluate-years-report.ts';
import { getPeerSet } from '../../services/evaluation/peer-sets.ts';
import { YearsRanking } from '../../contract/evaluation.ts';
import {
  Rankings,
  RankingsQuery,
  RankingsYearsQuery,
  Scorecard,
  ScorecardQuery,
} from '../../contract/rankings.ts';
import { wire } from '../contract-schema.ts';
import type { Duck } from '../../store/duck.ts';
import { errorResponses, idParams } from '../schemas.ts';

/** The horse race (赛马): the atlas's clusters ranked under the bundled index system. */
export function rankingRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: RankingsQuery }>(
    '/api/rankings',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Clusters ranked under the advanced-manufacturing index system (the four marks of 干勇 等 (2022), 中国工程科学 24(2)): scores, ranks, Monte-Carlo rank intervals, weight sensitivity',
        querystring: wire(RankingsQuery, 'input'),
        response: {
          200: wire(Rankings),
          ...errorResponses,
        },
      },
    },
    async (req) => rankings(db, req.query),
  );

  yearsRoute(app, db);

  app.get<{
    Params: { id: string };
    Querystring: ScorecardQuery;
  }>(
    '/api/clusters/:id/scorecard',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'A cluster’s scorecard: score and rank among clusters of its designation, its type (basic / key strategic / frontier) and development path, indicators against its peers, the type’s typical problems checked; a cluster with no member data answers status no_member_data and none of these',
        params: idParams,
        querystring: wire(ScorecardQuery, 'input'),
        response: { 200: wire(Scorecard), ...errorResponses },
      },
    },
    async (req) =>
      scorecardInDesignation(db, req.params.id, {
        peers: req.query.peerSet
          ? { set: req.query.peerSet }
          : req.query.names
            ? req.query.names
                .split(';')
                .map((x) => x.trim())
                .filter(Boolean)
            : req.query.peers,
        runs: 200,
        seed: 1,
      }),
  );
}

/** The horse race over years: ranks per year on a base year's scale, rank changes, what changed. */
function yearsRoute(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: RankingsYearsQuery }>(
    '/api/rankings/years',
    {
      schema: {
        tags: ['clusters'],
        summary:
          'Clusters ranked each year (members dated by their yearly measures): on a base year’s scale, with rank changes and their Monte-Carlo intervals, score growth and, per indicator, what changed; among all of a designation or exactly a saved peer set',
        querystring: wire(RankingsYearsQuery, 'input'),
        response: { 200: wire(YearsRanking), ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const set = q.peerSet ? await getPeerSet(db, q.peerSet) : null;
      const system = await loadIndexSystem(STORE_SYSTEM);
      const r = await rankClustersOverYears(db, {
        years: q.years ? parseYears(q.years) : undefined,
        baseYear: q.baseYear,
        designation: set ? undefined : q.designation,
        method: q.method,
        weights: q.weighting,
        runs: q.runs,
        seed: q.seed,
        synthetic: q.synthetic,
        only: set
          ? [...(set.subject ? [set.subject] : []), ...set.members.map((m) => m.id)]
          : undefined,
      });
      return {
        years: r.years,
        baseYear: r.baseYear,
        missingYears: r.missingYears,
        rows: r.rows.map((x) => ({ ...x, name: r.names[x.alternative] ?? x.alternative })),
        changes: r.changes,
        indicators: system.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit })),
        weights: r.weights.map((w) => ({ indicator: w.indicator, weight: w.weight })),
        peerSet: set ? { id: set.id, name: set.name } : null,
        spec: {
          method: r.spec.method,
          weights: r.spec.weights,
          missing: r.spec.missing,
          runs: r.spec.runs,
          seed: r.spec.seed,
        },
        warnings: r.warnings.map((w) => ({ code: w.code, message: w.message })),
      };
    },
  );
}
