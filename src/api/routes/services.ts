import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { IdParams } from '../../contract/matching.ts';
import {
  PlatformListQuery,
  PlatformPage,
  RequestAnswerInput,
  RequestListQuery,
  RequestPage,
  ServiceRequest,
  ServicesPostAnswer,
  ServicesPostBody,
} from '../../contract/service-platforms.ts';
import { platformPage, requestPage } from '../../services/matching/listings.ts';
import {
  answerRequestAs,
  postToServices,
  requestFor,
} from '../../services/matching/service-requests.ts';
import type { Duck } from '../../store/duck.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const tags = ['matching'];
const ok = (schema: z.ZodType) => ({ 200: wire(schema), ...errorResponses });
const input = (schema: z.ZodType) => wire(schema, 'input');
type In<S extends z.ZodType> = z.output<S>;

/**
 * Public service platforms (testing, pilot production, design, standards,
 * training, finance): the catalogue is public; a member firm requests a
 * service for itself, the platform's own member account answers; analysts act
 * for the promotion organisation (services/matching/service-requests.ts).
 * Besides the platforms someone added, the catalogue lists those derived from
 * the store's service providers (services/matching/derive-platforms.ts) when
 * the atlas was loaded or on POST /api/capabilities/derive — never by a read.
 * Every shape is src/contract/service-platforms.ts.
 */
export function serviceRoutes(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: In<typeof PlatformListQuery> }>(
    '/api/services',
    {
      schema: {
        tags,
        summary:
          'Public service platforms and the services each offers, by name, one page at a time',
        querystring: input(PlatformListQuery),
        response: ok(PlatformPage),
      },
    },
    async (req) => platformPage(db, req.query),
  );
  app.post(
    '/api/services',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Request a service ({service, requester, message}: a member for its own organisation) or add a platform with its services ({platform, services}: analysts)',
        body: input(ServicesPostBody),
        response: { 201: wire(ServicesPostAnswer), ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await postToServices(db, req.viewer, req.body)),
  );
  app.get<{ Querystring: In<typeof RequestListQuery> }>(
    '/api/services/requests',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'Service requests, newest first, one page at a time: a member sees those it made and those to the platform it runs; analysts see all (party= narrows to one organisation)',
        querystring: input(RequestListQuery),
        response: ok(RequestPage),
      },
    },
    async (req) => requestPage(db, req.query, req.viewer),
  );
  app.get<{ Params: In<typeof IdParams> }>(
    '/api/services/requests/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary: 'One service request',
        params: input(IdParams),
        response: ok(ServiceRequest),
      },
    },
    async (req) => requestFor(db, req.viewer, req.params.id),
  );
  app.post<{ Params: In<typeof IdParams>; Body: In<typeof RequestAnswerInput> }>(
    '/api/services/requests/:id',
    {
      config: { access: 'member' },
      schema: {
        tags,
        summary:
          'The platform answers a request: accepted, declined or done (its own member account, or analysts)',
        params: input(IdParams),
        body: input(RequestAnswerInput),
        response: ok(ServiceRequest),
      },
    },
    async (req) => answerRequestAs(db, req.viewer, req.params.id, req.body),
  );
}
