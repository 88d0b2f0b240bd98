import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuditPage, AuditQuery } from '../../contract/audit.ts';
import { SignInBody, SignInTokenQuery, WhoAmI } from '../../contract/session.ts';
import { isAtlasError } from '../../core/errors.ts';
import { listAudit } from '../../services/access/audit.ts';
import {
  redeemLoginToken,
  SESSION_HOURS,
  signIn,
  signOut,
  type Session,
} from '../../services/access/sessions.ts';
import { SignInThrottle, type Attempt } from '../../services/access/throttle.ts';
import type { Duck } from '../../store/duck.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../access.ts';
import { setCookie } from '../cookies.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

const whoAmI = wire(WhoAmI);

const sessionSeconds = SESSION_HOURS * 3600;

function start(req: FastifyRequest, reply: FastifyReply, s: Session): void {
  setCookie(req, reply, SESSION_COOKIE, s.token, { httpOnly: true, maxAgeSeconds: sessionSeconds });
  // The web app reads this one and echoes it in x-csrf-token on writes.
  setCookie(req, reply, CSRF_COOKIE, s.csrf, { httpOnly: false, maxAgeSeconds: sessionSeconds });
}

function me(req: FastifyRequest): WhoAmI {
  return {
    role: req.viewer.role,
    user: req.viewer.user ?? null,
    organization: req.viewer.organization ?? null,
    signedIn: req.session !== null,
  };
}

/** Runs a sign-in and tells the throttle how it ended. */
async function throttled(attempt: Attempt, fn: () => Promise<Session>): Promise<Session> {
  try {
    const s = await fn();
    attempt.settle('ok');
    return s;
  } catch (e) {
    attempt.settle(isAtlasError(e) && e.code === 'ATLAS_E_LOGIN_FAILED' ? 'refused' : 'error');
    throw e;
  }
}

/** GET /api/session: who is asking. */
function registerWhoAmI(app: FastifyInstance): void {
  app.get(
    '/api/session',
    {
      schema: {
        tags: ['system'],
        summary: 'Who is asking: role, account and organisation',
        response: { 200: whoAmI, ...errorResponses },
      },
    },
    async (req): Promise<WhoAmI> => me(req),
  );
}

/** POST /api/session: sign in by name and password, throttled. */
function registerSignIn(app: FastifyInstance, db: Duck, throttle: SignInThrottle): void {
  app.post<{ Body: SignInBody }>(
    '/api/session',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Sign in with a name and password; sets the session and CSRF cookies',
        body: wire(SignInBody, 'input'),
        response: {
          200: whoAmI,
          401: { $ref: 'Error#' },
          429: { $ref: 'Error#' },
          ...errorResponses,
        },
      },
    },
    async (req, reply): Promise<WhoAmI> => {
      const s = await throttled(throttle.begin(req.body.name, req.ip), () =>
        signIn(db, req.body.name, req.body.password),
      );
      start(req, reply, s);
      return {
        ...s.viewer,
        user: s.viewer.user ?? null,
        organization: s.viewer.organization ?? null,
        signedIn: true,
      };
    },
  );
}

/** DELETE /api/session: sign out, the cookies cleared. */
function registerSignOut(app: FastifyInstance, db: Duck): void {
  app.delete(
    '/api/session',
    {
      config: { access: 'viewer' },
      schema: {
        tags: ['system'],
        summary: 'Sign out',
        response: { 200: whoAmI, ...errorResponses },
      },
    },
    async (req, reply): Promise<WhoAmI> => {
      if (req.session) await signOut(db, req.session.token);
      setCookie(req, reply, SESSION_COOKIE, '', { httpOnly: true, maxAgeSeconds: 0 });
      setCookie(req, reply, CSRF_COOKIE, '', { httpOnly: false, maxAgeSeconds: 0 });
      return { role: 'viewer', user: null, organization: null, signedIn: false };
    },
  );
}

/** GET /api/session/token: the one-time sign-in link, throttled; redirects to the atlas. */
function registerTokenSignIn(app: FastifyInstance, db: Duck, throttle: SignInThrottle): void {
  app.get<{ Querystring: SignInTokenQuery }>(
    '/api/session/token',
    {
      schema: {
        tags: ['system'],
        summary:
          'Redeem the one-time sign-in link `atlas serve` prints: sets the session cookies and redirects to the atlas',
        querystring: wire(SignInTokenQuery, 'input'),
        response: {
          200: whoAmI,
          302: { type: 'null' },
          401: { $ref: 'Error#' },
          429: { $ref: 'Error#' },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const s = await throttled(throttle.begin(undefined, req.ip), () =>
        redeemLoginToken(db, req.query.token),
      );
      start(req, reply, s);
      return reply.redirect('/', 302);
    },
  );
}

/** GET /api/audit: the audit log of writes, admins only. */
function registerAudit(app: FastifyInstance, db: Duck): void {
  app.get<{ Querystring: AuditQuery }>(
    '/api/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags: ['system'],
        summary: 'The audit log of writes (who, when, what, outcome), newest first; admins only',
        querystring: wire(AuditQuery, 'input'),
        response: { 200: wire(AuditPage), 403: { $ref: 'Error#' }, ...errorResponses },
      },
    },
    async (req): Promise<AuditPage> => listAudit(db, req.query.page, req.query.pageSize),
  );
}

/**
 * Signing in and out (cookie sessions), the one-time sign-in link, the audit
 * log; every shape is src/contract (session.ts, audit.ts). Failed sign-ins
 * are throttled per name and per address (services/access/throttle.ts); the
 * address is the client's, or the one a trusted proxy forwards (buildApp's
 * `trustProxy`).
 */
export function sessionRoutes(
  app: FastifyInstance,
  db: Duck,
  throttle: SignInThrottle = new SignInThrottle(),
): void {
  registerWhoAmI(app);
  registerSignIn(app, db, throttle);
  registerSignOut(app, db);
  registerTokenSignIn(app, db, throttle);
  registerAudit(app, db);
}
