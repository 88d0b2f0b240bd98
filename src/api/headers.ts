import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every answer, so injected markup cannot run
 * script or leak data: the built web app loads its scripts, styles, fonts and
 * data from this server only — no inline script, no eval, no other origin;
 * images may be data: or blob: URLs (ECharts' and the map's exports), and no
 * page may frame this one (frame-ancestors 'none', with X-Frame-Options for
 * older browsers).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Swagger UI (/api/docs) sets style attributes in the markup it renders and
 * shows data: images: the same policy with inline styles allowed, for those
 * pages only (still no inline script).
 */
export const DOCS_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "style-src 'self'",
  "style-src 'self' 'unsafe-inline'",
);

const isDocs = (path: string) => path === '/api/docs' || path.startsWith('/api/docs/');

/**
 * Security headers on every answer: CSP, X-Frame-Options DENY, nosniff, no
 * referrer; and `Cache-Control: no-store` on every /api/ answer that does not
 * set its own (answers carry figures and differ by who asks; the static docs
 * and reference geometry set theirs).
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (req, reply, payload) => {
    const path = req.url.split('?')[0];
    const docs = isDocs(path);
    reply.header(
      'content-security-policy',
      docs ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    );
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (path.startsWith('/api/') && !docs && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
