import type { FastifyInstance } from 'fastify';
import { atLeast, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import {
  addPlatform,
  addPlatformService,
  answerServiceRequest,
  requestService,
} from '../../services/matching/index.ts';
import type { Duck } from '../../store/duck.ts';
import {
  getServiceRequest,
  countPlatforms,
  listPlatformServices,
  listPlatforms,
  countServiceRequests,
  listServiceRequestViews,
  serviceOperator,
} from '../../store/matching.ts';
import { onePage, pagedQuery, type Paged } from '../paging.ts';
import { errorResponses, pageOf } from '../schemas.ts';
import { actsFor } from './matching.ts';

const anyObject = { type: 'object', additionalProperties: true } as const;
const tags = ['matching'];
const id = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;

/** A request is the business of the firm that made it, the platform that runs the service, and analysts. */
async function mayRead(db: Duck, viewer: Viewer, requester: string, service: string) {
  if (viewer.role !== 'member') return;
  const own = viewer.organization;
  if (own === requester || own === (await serviceOperator(db, service))) return;
  throw new AtlasError('ATLAS_E_FORBIDDEN', `a member account sees the requests of ${own} only`, {
    organization: own,
  });
}

/**
 * Public service platforms (testing, pilot production, design, standards,
 * training, finance): the catalogue is public; a member firm requests a
 * service for itself, the platform's own member account answers; analysts act
 * for the promotion organisation. Besides the platforms someone added, the
 * catalogue lists those derived from the store's service providers
 * (services/matching/derive-platforms.ts) when the atlas was loaded or on
 * POST /api/capabilities/derive — never by a read.
 */
export function serviceRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: { category?: string; cluster?: string } & Paged }>(
    '/api/services',
    {
      schema: {
        tags,
        summary:
          'Public service platforms and the services each offers, by name, one page at a time',
        querystring: pagedQuery({ category: { type: 'string' }, cluster: { type: 'string' } }),
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => {
      const f = { category: req.query.category, cluster: req.query.cluster };
      return onePage(
        req.query,
        async (limit, offset) => {
          const platforms = await listPlatforms(db, { ...f, limit, offset });
          const services = await listPlatformServices(db, {
            platforms: platforms.map((p) => p.id),
          });
          const byPlatform = new Map<string, typeof services>();
          for (const s of services)
            byPlatform.set(s.platform, [...(byPlatform.get(s.platform) ?? []), s]);
          return platforms.map((p) => ({ ...p, services: byPlatform.get(p.id) ?? [] }));
        },
        () => countPlatforms(db, f),
      );
    },
  );
  app.post<{
    Body:
      | { service: string; requester: string; message?: string }
      | {
          platform: { name: string; category: string; organization?: string };
          services?: { name: string; category?: string; description?: string; terms?: string }[];
        };
  }>(
    '/api/services',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Request a service ({service, requester, message}: a member for its own organisation) or add a platform with its services ({platform, services}: analysts)',
        body: anyObject,
        response: { 201: anyObject, ...errorResponses },
      },
    },
    async (req, reply) => {
      const b = req.body;
      if ('platform' in b) {
        if (!atLeast(req.viewer, 'analyst'))
          throw new AtlasError('ATLAS_E_FORBIDDEN', 'analysts add platforms', {
            role: req.viewer.role,
          });
        const platform = await addPlatform(db, b.platform);
        const services = [];
        for (const x of b.services ?? [])
          services.push(await addPlatformService(db, { ...x, platform: platform.id }));
        return reply.status(201).send({ ...platform, services });
      }
      actsFor(req.viewer, b.requester);
      return reply.status(201).send(await requestService(db, b));
    },
  );
  app.get<{ Querystring: { platform?: string; status?: string; party?: string } & Paged }>(
    '/api/services/requests',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Service requests, newest first, one page at a time: a member sees those it made and those to the platform it runs; analysts see all (party= narrows to one organisation)',
        querystring: pagedQuery({
          platform: { type: 'string' },
          status: { type: 'string', enum: ['requested', 'accepted', 'declined', 'done'] },
          party: { type: 'string' },
        }),
        response: { 200: pageOf(anyObject), ...errorResponses },
      },
    },
    async (req) => {
      const { page: _p, pageSize: _s, ...q } = req.query;
      const party = req.viewer.role === 'member' ? req.viewer.organization : q.party;
      const f = { ...q, party };
      return onePage(
        req.query,
        (limit, offset) => listServiceRequestViews(db, { ...f, limit, offset }),
        () => countServiceRequests(db, f),
      );
    },
  );
  app.get<{ Params: { id: string } }>(
    '/api/services/requests/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'One service request',
        params: id,
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const r = await getServiceRequest(db, req.params.id);
      if (!r)
        throw new AtlasError('ATLAS_E_NOT_FOUND', `no service request ${req.params.id}`, {
          request: req.params.id,
        });
      await mayRead(db, req.viewer, r.requester, r.service);
      return r;
    },
  );
  app.post<{
    Params: { id: string };
    Body: { status: 'accepted' | 'declined' | 'done'; answer?: string };
  }>(
    '/api/services/requests/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'The platform answers a request: accepted, declined or done (its own member account, or analysts)',
        params: id,
        body: {
          type: 'object',
          required: ['status'],
          additionalProperties: false,
          properties: {
            status: { type: 'string', enum: ['accepted', 'declined', 'done'] },
            answer: { type: 'string' },
          },
        },
        response: { 200: anyObject, ...errorResponses },
      },
    },
    async (req) => {
      const r = await getServiceRequest(db, req.params.id);
      if (!r)
        throw new AtlasError('ATLAS_E_NOT_FOUND', `no service request ${req.params.id}`, {
          request: req.params.id,
        });
      if (req.viewer.role === 'member') {
        const operator = await serviceOperator(db, r.service);
        if (!operator || operator !== req.viewer.organization)
          throw new AtlasError('ATLAS_E_FORBIDDEN', 'only the platform answers its requests', {
            request: r.id,
          });
      }
      return answerServiceRequest(db, r.id, req.body.status, { answer: req.body.answer });
    },
  );
}
