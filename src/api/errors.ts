import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../contract/api-error.ts';
import type { ErrorDetails } from '../contract/error-details.ts';
import { AtlasError, ERRORS, isAtlasError } from '../core/errors.ts';
import { wireRecord } from './wire-value.ts';

/**
 * Server-side failures whose message or details may carry SQL, a database's
 * own words or a path: their answer says the catalogue's title and nothing
 * more (the server log has the rest).
 */
const OPAQUE = new Set<string>([
  'ATLAS_E_STORE',
  'ATLAS_E_INTERNAL',
  'ATLAS_E_DATA_INTEGRITY',
  'ATLAS_E_MIGRATION',
]);

/**
 * Details as the contract closes them (src/contract/error-details.ts): the
 * JSON the error would have sent, each value kept down to the contract's
 * depth and anything deeper sent as its JSON text.
 */
export function wireDetails(details: Record<string, unknown>): ErrorDetails {
  return wireRecord(details);
}

/** The body of every error answer: `{code, message, hint, details}` (src/contract/api-error.ts). */
export function errorBody(e: AtlasError): ApiError {
  if (OPAQUE.has(e.code) || e.status === 500)
    return { code: e.code, message: ERRORS[e.code].title, hint: e.hint, details: {} };
  return { code: e.code, message: e.message, hint: e.hint, details: wireDetails(e.details) };
}

/** Turns anything thrown by a route into an AtlasError with the right status. */
export function toAtlasError(error: unknown): AtlasError {
  if (isAtlasError(error)) return error;
  const e = error as Partial<FastifyError>;
  if (e.validation) {
    return new AtlasError('ATLAS_E_BAD_REQUEST', e.message ?? 'bad request', {
      in: e.validationContext,
      issues: e.validation.map((v) => ({
        path: v.instancePath,
        keyword: v.keyword,
        message: v.message,
        params: v.params,
      })),
    });
  }
  const status = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 404) return new AtlasError('ATLAS_E_NOT_FOUND', e.message);
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, wrong content type, …) keep their code in details.
    const err = new AtlasError('ATLAS_E_BAD_REQUEST', e.message ?? 'bad request', {
      fastifyCode: e.code,
    });
    return Object.assign(err, { status });
  }
  // Internal failures: the message may carry SQL or paths; keep it out of the answer.
  return new AtlasError('ATLAS_E_INTERNAL', 'internal error; see the server log');
}

/** Installs the error handler: every error answers `{code, message, hint, details}`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const e = toAtlasError(error);
    if (e.status >= 500) request.log.error({ err: error }, 'request failed');
    // A refusal that ends (429, 503) says when to come back.
    const retry = e.details.retryAfterSeconds;
    if (typeof retry === 'number' && Number.isFinite(retry))
      reply.header('retry-after', String(retry));
    return reply.status(e.status).type('application/json').send(errorBody(e));
  });
}
