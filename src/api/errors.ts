import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../contract/api-error.ts';
import type {
  DetailEntry,
  DetailFlat,
  DetailScalar,
  DetailValue,
  ErrorDetails,
} from '../contract/error-details.ts';
import { AtlasError, ERRORS, isAtlasError } from '../core/errors.ts';

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

type Plain = Record<string, unknown>;
const isRecord = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is DetailScalar =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isScalars = (v: unknown): v is DetailScalar[] => Array.isArray(v) && v.every(isScalar);
const text = (v: unknown): string => JSON.stringify(v);
const mapValues = <T>(o: Plain, f: (v: unknown) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/** A flat record: scalars and lists of scalars kept, anything else as its JSON text. */
const flat = (o: Plain): DetailFlat =>
  mapValues(o, (v) => (isScalar(v) || isScalars(v) ? v : text(v)));
/** A record one level deeper: its records are made flat. */
const entry = (o: Plain): DetailEntry =>
  mapValues(o, (v) => (isScalar(v) || isScalars(v) ? v : isRecord(v) ? flat(v) : text(v)));
const detail = (v: unknown): DetailValue =>
  isScalar(v)
    ? v
    : isRecord(v)
      ? entry(v)
      : (v as unknown[]).map((x) => (isScalar(x) ? x : isRecord(x) ? entry(x) : text(x)));

/**
 * Details as the contract closes them (src/contract/error-details.ts): the
 * JSON the error would have sent, each value kept down to the contract's
 * depth and anything deeper sent as its JSON text.
 */
export function wireDetails(details: Record<string, unknown>): ErrorDetails {
  let json: unknown;
  try {
    json = JSON.parse(
      JSON.stringify(details, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)),
    );
  } catch {
    // A cycle: nothing the answer could carry.
    return {};
  }
  return isRecord(json) ? mapValues(json, detail) : {};
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
