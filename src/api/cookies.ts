import type { FastifyReply, FastifyRequest } from 'fastify';

/** The request's cookies by name (RFC 6265 `name=value; …`), values URI-decoded. */
export function readCookies(req: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      out[name] = decodeURIComponent(value);
    } catch {
      out[name] = value;
    }
  }
  return out;
}

/**
 * Sets a cookie for the whole site, SameSite=Strict; HttpOnly unless the web
 * app must read it; Secure when the request came over https (behind a TLS
 * proxy: with buildApp's `trustProxy`, from X-Forwarded-Proto). maxAge 0 deletes.
 */
export function setCookie(
  req: FastifyRequest,
  reply: FastifyReply,
  name: string,
  value: string,
  o: { httpOnly: boolean; maxAgeSeconds: number },
): void {
  const parts = [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    'SameSite=Strict',
    `Max-Age=${o.maxAgeSeconds}`,
  ];
  if (o.httpOnly) parts.push('HttpOnly');
  if (req.protocol === 'https') parts.push('Secure');
  // One Set-Cookie per name and answer: a later value replaces an earlier one.
  // (Fastify appends to set-cookie, so the list is rebuilt, not added to.)
  const prev = reply.getHeader('set-cookie');
  const list = (Array.isArray(prev) ? prev : prev ? [String(prev)] : []).filter(
    (c) => !c.startsWith(`${name}=`),
  );
  reply.removeHeader('set-cookie');
  reply.header('set-cookie', [...list, parts.join('; ')]);
}
