import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS, atLeast, isRole, type Role, type Viewer } from '../core/access/viewer.ts';
import { AtlasError } from '../core/errors.ts';
import { recordWrite } from '../services/access/audit.ts';
import { redactFigures } from '../services/access/redact.ts';
import { resolveSession } from '../services/access/sessions.ts';
import type { Duck } from '../store/duck.ts';
import { readCookies } from './cookies.ts';

export const SESSION_COOKIE = 'atlas_session';
export const CSRF_COOKIE = 'atlas_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Who may use the server without signing in: read-only viewers, or nobody. */
export type AnonymousAccess = 'viewer' | 'none';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
    /** The session's cookie token and CSRF secret, when signed in. */
    session: { token: string; csrf: string } | null;
    /**
     * What a write is about when its path does not say it (ids in the body or
     * query): a route sets it, the audit log keeps it as the entry's details.
     */
    auditDetails: Record<string, unknown> | null;
  }
  interface FastifyContextConfig {
    /**
     * The least role a route needs. Default: viewer for reads, analyst for
     * writes; 'viewer' on a write route opens it to every signed-in account.
     */
    access?: Role;
    /** Writes that need no session and no CSRF token (signing in). */
    public?: boolean;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Answered to anyone even when anonymous access is off. */
const OPEN_PATHS = [/^\/api\/health$/, /^\/api\/session(\/token)?$/];

/** The route's response schema for this status (its confidential aggregates are marked there). */
export function responseSchema(req: FastifyRequest, status = 200): unknown {
  const response = (req.routeOptions.schema as { response?: Record<string, unknown> } | undefined)
    ?.response;
  return response?.[String(status)] ?? response?.[`${String(status)[0]}xx`];
}

const isApi = (req: FastifyRequest) => req.url.startsWith('/api/');
const path = (req: FastifyRequest) => req.url.split('?')[0];

/**
 * Access to the API: every request gets a viewer — from the
 * session cookie, else anonymous (a read-only viewer, or refused when
 * anonymous access is 'none'). Writes need a session, the CSRF header
 * equal to the session's secret (double submit) and the route's role
 * (analyst by default); every write, allowed or refused, goes to the audit
 * log. Every answer passes through the confidentiality rule
 * (services/access/redact.ts) before it is serialised.
 */
export function installAccess(app: FastifyInstance, db: Duck, anonymous: AnonymousAccess): void {
  app.decorateRequest('viewer', null as unknown as Viewer);
  app.decorateRequest('session', null);
  app.decorateRequest('auditDetails', null);

  app.addHook('onRequest', async (req) => {
    req.viewer = ANONYMOUS;
    req.session = null;
    req.auditDetails = null;
    const token = readCookies(req)[SESSION_COOKIE];
    if (token) {
      const s = await resolveSession(db, token);
      if (s) {
        req.viewer = s.viewer;
        req.session = { token, csrf: s.csrf };
      }
    }
    if (!isApi(req)) return;
    const open = OPEN_PATHS.some((p) => p.test(path(req)));
    if (!req.session && anonymous === 'none' && !open) {
      throw new AtlasError('ATLAS_E_UNAUTHENTICATED', 'sign in to use this server');
    }
  });

  // Before validation: a refused write says so, whatever its body holds.
  app.addHook('preValidation', async (req) => {
    // Unknown routes answer 404 whatever the method; nothing to guard there.
    if (!isApi(req) || !req.routeOptions.url) return;
    const config = req.routeOptions.config;
    const write = !READS.has(req.method);
    if (write && !config.public) {
      if (!req.session) throw new AtlasError('ATLAS_E_UNAUTHENTICATED', 'sign in to make changes');
      const header = req.headers[CSRF_HEADER];
      if (typeof header !== 'string' || header !== req.session.csrf) {
        throw new AtlasError(
          'ATLAS_E_CSRF',
          `send the ${CSRF_COOKIE} cookie's value in ${CSRF_HEADER}`,
        );
      }
    }
    const min = config.access ?? (write && !config.public ? 'analyst' : 'viewer');
    if (!isRole(min) || !atLeast(req.viewer, min)) {
      throw new AtlasError('ATLAS_E_FORBIDDEN', `this needs the ${min} role or above`, {
        role: req.viewer.role,
        needs: min,
      });
    }
  });

  app.addHook('preSerialization', async (req, reply, payload) =>
    isApi(req) && typeof payload === 'object' && payload !== null
      ? redactFigures(payload, req.viewer, responseSchema(req, reply.statusCode))
      : payload,
  );

  // The audit write runs after the answer is sent: closing the app waits for the
  // ones still running, so the store is never closed under a write.
  const pending = new Set<Promise<void>>();
  app.addHook('onResponse', async (req: FastifyRequest, reply: FastifyReply) => {
    if (
      !isApi(req) ||
      READS.has(req.method) ||
      !req.routeOptions.url ||
      req.routeOptions.config.public
    )
      return;
    const write = recordWrite(
      db,
      req.viewer ?? ANONYMOUS,
      `${req.method} ${req.routeOptions.url ?? path(req)}`,
      path(req),
      reply.statusCode,
      req.auditDetails,
    ).catch((e: unknown) => req.log.error(e, 'audit log write failed'));
    pending.add(write);
    try {
      await write;
    } finally {
      pending.delete(write);
    }
  });
  app.addHook('onClose', async () => {
    await Promise.allSettled([...pending]);
  });
}
