import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { SignInThrottle, type ThrottleLimits } from '../services/access/throttle.ts';
import { duckThrottleStore } from '../services/access/throttle-store.ts';
import type { Duck } from '../store/duck.ts';
import {
  defaultWorkerPoolLimits,
  WorkerPool,
  type WorkerPoolLimits,
} from '../services/workers/worker-pool.ts';
import { installAccess, type AnonymousAccess } from './access.ts';
import { installAnswerMemo, type AnswerMemo, type AnswerMemoLimits } from './answer-memo.ts';
import { installErrorHandler } from './errors.ts';
import { installHeavyLimit, type HeavyLimits } from './heavy.ts';
import { installNumberGuards } from './finite-json.ts';
import { installTextGuard } from './text-guard.ts';
import { installSecurityHeaders } from './headers.ts';
import { chainRoutes } from './routes/chains.ts';
import { clusterChainRoutes } from './routes/cluster-chains.ts';
import { clusterRoutes } from './routes/clusters.ts';
import { complexityRoutes } from './routes/complexity.ts';
import { complexityYearsRoutes } from './routes/complexity-years.ts';
import { complexityTableRoutes } from './routes/complexity-tables.ts';
import { geoRoutes } from './routes/geo.ts';
import { healthRoutes } from './routes/health.ts';
import { historyRoutes } from './routes/history.ts';
import { homogeneityRoutes } from './routes/homogeneity.ts';
import { consolidationRoutes } from './routes/consolidation.ts';
import { crossRegionRoutes } from './routes/cross-region.ts';
import { capacityRoutes } from './routes/capacity.ts';
import { capacityRunRoutes } from './routes/capacity-runs.ts';
import { overCapacityRoutes } from './routes/over-capacity.ts';
import { importRoutes } from './routes/imports.ts';
import { industryRoutes } from './routes/industries.ts';
import { ioRoutes } from './routes/io.ts';
import { dataQualityRoutes } from './routes/data-quality.ts';
import { exportRoutes } from './routes/export.ts';
import { matchingRoutes } from './routes/matching.ts';
import { microClusterRoutes } from './routes/micro-clusters.ts';
import { serviceRoutes } from './routes/services.ts';
import { metricRoutes } from './routes/metrics.ts';
import { networkRoutes } from './routes/network.ts';
import { rankingRoutes } from './routes/rankings.ts';
import { peerSetRoutes } from './routes/peer-sets.ts';
import { reportRoutes } from './routes/reports.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { regionRoutes } from './routes/regions.ts';
import { resolutionRoutes } from './routes/resolution.ts';
import { searchRoutes } from './routes/search.ts';
import { sessionRoutes } from './routes/session.ts';
import { spatialRoutes } from './routes/spatial.ts';
import { statsRoutes } from './routes/stats.ts';
import { worldRoutes } from './routes/world.ts';
import { errorResponses, sharedSchemas } from './schemas.ts';
import { packageVersion } from './version.ts';
import { DEFAULT_WEB_ROOT, serveWeb } from './web.ts';

export interface AppOptions {
  db: Duck;
  /** Fastify's logger option; off by default (tests, embedding). */
  logger?: FastifyServerOptions['logger'];
  /** The built web app; defaults to web/dist. */
  webRoot?: string;
  /** Requests without a session: read-only viewers (default) or refused. */
  anonymous?: AnonymousAccess;
  /**
   * Behind a reverse proxy: whose X-Forwarded-For/-Proto to believe
   * (Fastify's trustProxy: true, a hop count, or addresses/CIDRs). Then the
   * client's address (sign-in throttling) and https (Secure cookies) come
   * from the proxy. Default false: the socket's own.
   */
  trustProxy?: boolean | number | string | string[];
  /** Sign-in throttling limits (services/access/throttle.ts); defaults when absent. */
  signInLimits?: Partial<ThrottleLimits>;
  /** The clock of time-dependent guards (sign-in throttling), in ms; tests move it. */
  clock?: () => number;
  /** The queue limit of heavy routes (api/heavy.ts); defaults: the cores, 8 waiting per core. */
  heavyLimits?: Partial<HeavyLimits>;
  /** Serialised answers kept per data generation (api/answer-memo.ts); defaults when absent. */
  answerMemo?: Partial<AnswerMemoLimits>;
  /** Worker threads for CPU-heavy jobs (services/workers/worker-pool.ts); defaults: the cores. */
  workers?: Partial<WorkerPoolLimits>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's kept answers (tests and benches read or switch it). */
    answerMemo: AnswerMemo;
    /** Worker threads for CPU-heavy jobs (exports): the event loop only waits for them. */
    workers: WorkerPool;
  }
}

/** The OpenAPI document of every route's schemas, and its docs page at /api/docs. */
async function installApiDocs(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Cluster Atlas API (产业集群图谱)',
        description:
          'Clusters, organisations and reference data. Errors answer {code, message, hint, details}; see docs/errors.md.',
        version: packageVersion(),
      },
      tags: [
        { name: 'system' },
        { name: 'reference' },
        { name: 'organizations' },
        { name: 'clusters' },
        { name: 'reports' },
      ],
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
}

/**
 * GET /api/openapi.json: the document itself (src/contract/openapi.ts). It is
 * sent as text, so its schema documents the answer without serialising it:
 * fast-json-stringify cannot build a serialiser for the recursive JSON values
 * inside a JSON Schema, so this route's serialiser is JSON.stringify.
 */
function serveOpenApiDocument(app: FastifyInstance): void {
  app.get(
    '/api/openapi.json',
    {
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags: ['system'],
        summary: 'This OpenAPI document',
        response: { 200: { $ref: 'OpenApiDocument#' }, ...errorResponses },
      },
    },
    async (_req, reply) => reply.type('application/json').send(JSON.stringify(app.swagger())),
  );
}

/**
 * Builds the Fastify app: the JSON API under /api (every route with request
 * and response schemas, listed in /api/openapi.json, docs at /api/docs) and
 * the built web app. Does not listen: see listen.ts; tests use inject().
 */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    // Narrowed for Fastify's overloads, which a union would send to HTTP/2.
    trustProxy: (opts.trustProxy ?? false) as boolean,
    // Unknown query parameters are an error, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, allErrors: false } },
  });
  installErrorHandler(app);
  installNumberGuards(app);
  installTextGuard(app);
  installAccess(app, opts.db, opts.anonymous ?? 'viewer');
  // Before the heavy-route queue: a kept answer never waits for a slot.
  app.decorate('answerMemo', installAnswerMemo(app, opts.db, opts.answerMemo));
  installHeavyLimit(app, opts.heavyLimits);
  const workers = new WorkerPool({ ...defaultWorkerPoolLimits(), ...opts.workers });
  app.decorate('workers', workers);
  app.addHook('onClose', () => workers.close());
  for (const s of sharedSchemas) app.addSchema(s);

  await installApiDocs(app);

  installSecurityHeaders(app);

  healthRoutes(app);
  regionRoutes(app, opts.db);
  industryRoutes(app, opts.db);
  organizationRoutes(app, opts.db);
  clusterRoutes(app, opts.db);
  geoRoutes(app);
  statsRoutes(app, opts.db);
  metricRoutes(app, opts.db);
  homogeneityRoutes(app, opts.db);
  consolidationRoutes(app, opts.db);
  capacityRoutes(app);
  capacityRunRoutes(app, opts.db);
  overCapacityRoutes(app, opts.db);
  spatialRoutes(app, opts.db);
  matchingRoutes(app, opts.db);
  dataQualityRoutes(app, opts.db);
  resolutionRoutes(app);
  historyRoutes(app, opts.db);
  exportRoutes(app);
  reportRoutes(app, opts.db);
  microClusterRoutes(app, opts.db);
  serviceRoutes(app, opts.db);
  chainRoutes(app, opts.db);
  clusterChainRoutes(app, opts.db);
  ioRoutes(app, opts.db);
  searchRoutes(app, opts.db);
  const throttle = new SignInThrottle(opts.signInLimits, opts.clock, duckThrottleStore(opts.db));
  await throttle.restore();
  app.addHook('onClose', () => throttle.flushed());
  sessionRoutes(app, opts.db, throttle);
  networkRoutes(app, opts.db);
  rankingRoutes(app, opts.db);
  peerSetRoutes(app, opts.db);
  complexityRoutes(app, opts.db);
  complexityYearsRoutes(app, opts.db);
  complexityTableRoutes(app, opts.db);
  worldRoutes(app, opts.db);
  crossRegionRoutes(app, opts.db);
  await importRoutes(app, opts.db);

  serveOpenApiDocument(app);

  await serveWeb(app, opts.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}
