import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { seesAllFigures, type Viewer } from '../core/access/viewer.ts';
import type { Duck } from '../store/duck.ts';

/**
 * Serialised answers kept per data generation: the bytes a read route sent,
 * its headers and an ETag, keyed by the request's URL and the viewer's
 * disclosure class, valid while the store's write generation
 * (`Duck.writeGeneration`) is the one they were built at. A repeated read
 * then costs a Map lookup and a socket write — no handler, no redaction
 * walk, no number guard walk, no JSON serialisation — and an
 * `If-None-Match` naming the current ETag is answered 304 with no body.
 *
 * Why per class and not per viewer: the answers of the routes listed here
 * depend on the viewer only through the disclosure rule
 * (services/access/redact.ts): everything for analysts and admins; the
 * public view for visitors and viewers; the public view plus its own
 * figures, with its own figure subtracted first, for a member of one
 * organisation. Those are the classes.
 *
 * A route is memoised when it is a GET in MEMO_ROUTES or sets
 * `config: { memo: true }`; it must be a pure function of its URL, the
 * class and the store (no clock, no randomness, no per-user state). Only
 * 200 answers without Set-Cookie are kept. Bounded: `maxEntries` and
 * `maxBytes`, the least recently used dropped first, stale generations
 * before that.
 *
 * Cost: a hit is O(1) plus the write; a miss adds one SHA-1 of the bytes.
 */
export interface AnswerMemoLimits {
  enabled: boolean;
  maxEntries: number;
  maxBytes: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A read that is a pure function of its URL, the viewer's disclosure class and the store. */
    memo?: boolean;
  }
}

/** GET routes (Fastify route URLs) whose answers are kept per data generation. */
export const MEMO_ROUTES: ReadonlySet<string> = new Set([
  '/api/clusters',
  '/api/clusters/:id',
  '/api/clusters/:id/size',
  '/api/clusters/:id/network',
  '/api/clusters/:id/scorecard',
  '/api/panorama',
  '/api/metrics/:name',
  '/api/homogeneity',
  '/api/complexity/regions',
  '/api/complexity/industries',
  '/api/complexity/space',
  '/api/complexity/opportunities',
  '/api/spatial/clusters',
  '/api/spatial/hotspots',
  '/api/spatial/density',
  '/api/rankings',
  '/api/networks',
  '/api/networks/explorer',
  '/api/resilience',
  '/api/resilience/curve',
]);

/** Routes whose answers hold no firm's figure: browsers may keep them and revalidate by ETag. */
const REVALIDATED: ReadonlySet<string> = new Set(['/api/clusters']);

/** Headers a kept answer repeats; the rest (date, length, security headers) are set per send. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'x-atlas-warnings'];

interface Kept {
  generation: number;
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** The viewer's disclosure class: who sees the same redacted answer. */
export function disclosureClass(v: Viewer): string {
  if (seesAllFigures(v)) return 'all';
  return v.role === 'member' && v.organization ? `member:${v.organization}` : 'public';
}

/** Does an If-None-Match header name this ETag (or `*`)? */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === bare);
}

const MEMO_KEY = Symbol('answer memo key');
type Keyed = FastifyRequest & { [MEMO_KEY]?: { key: string; generation: number } };

/** The memo of one app: its entries and counters (tests and benches read them). */
export class AnswerMemo {
  private readonly entries = new Map<string, Kept>();
  private bytes = 0;
  hits = 0;
  misses = 0;
  notModified = 0;

  constructor(readonly limits: AnswerMemoLimits) {}

  get(key: string, generation: number): Kept | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.generation !== generation) {
      this.drop(key, e);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  put(key: string, e: Kept): void {
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    if (e.body.length > this.limits.maxBytes) return;
    this.entries.set(key, e);
    this.bytes += e.body.length;
    if (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes)
      for (const [k, x] of this.entries) if (x.generation !== e.generation) this.drop(k, x);
    for (const [k, x] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.drop(k, x);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private drop(key: string, e: Kept): void {
    this.entries.delete(key);
    this.bytes -= e.body.length;
  }
}

function memoised(req: FastifyRequest): boolean {
  const url = req.routeOptions.url;
  return (
    req.method === 'GET' &&
    url !== undefined &&
    (req.routeOptions.config.memo === true || MEMO_ROUTES.has(url))
  );
}

function answerKept(req: FastifyRequest, reply: FastifyReply, kept: Kept): FastifyReply {
  for (const [k, v] of Object.entries(kept.headers)) reply.header(k, v);
  reply.header('etag', kept.etag);
  reply.header('vary', 'Cookie');
  if (REVALIDATED.has(req.routeOptions.url ?? ''))
    reply.header('cache-control', 'private, no-cache');
  if (etagMatches(req.headers['if-none-match'], kept.etag)) return reply.code(304).send();
  return reply.code(200).send(kept.body);
}

/**
 * Installs the memo: a preHandler (after access and validation, before the
 * heavy-route queue, so a kept answer never waits for a slot) that answers
 * from it, and an onSend hook that keeps what a memoised route sent.
 */
export function installAnswerMemo(
  app: FastifyInstance,
  db: Duck,
  limits: Partial<AnswerMemoLimits> = {},
): AnswerMemo {
  const memo = new AnswerMemo({
    enabled: true,
    maxEntries: 512,
    maxBytes: 128 * 1024 * 1024,
    ...limits,
  });
  app.addHook('preHandler', async (req: Keyed, reply) => {
    if (!memo.limits.enabled || !memoised(req)) return;
    const generation = db.writeGeneration;
    const key = `${disclosureClass(req.viewer)}\u0000${req.url}`;
    const kept = memo.get(key, generation);
    if (!kept) {
      memo.misses++;
      req[MEMO_KEY] = { key, generation };
      return;
    }
    memo.hits++;
    if (etagMatches(req.headers['if-none-match'], kept.etag)) memo.notModified++;
    return answerKept(req, reply, kept);
  });
  app.addHook('onSend', async (req: Keyed, reply, payload) => {
    const pending = req[MEMO_KEY];
    if (!pending || reply.statusCode !== 200 || reply.hasHeader('set-cookie')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    // A write landed while this answer was built: it may be stale, do not keep it.
    if (db.writeGeneration !== pending.generation) return payload;
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    const headers: Record<string, string> = {};
    for (const h of KEPT_HEADERS) {
      const v = reply.getHeader(h);
      if (v !== undefined) headers[h] = String(v);
    }
    memo.put(pending.key, { generation: pending.generation, body, etag, headers });
    reply.header('etag', etag);
    reply.header('vary', 'Cookie');
    if (REVALIDATED.has(req.routeOptions.url ?? ''))
      reply.header('cache-control', 'private, no-cache');
    if (etagMatches(req.headers['if-none-match'], etag)) {
      reply.code(304);
      return '';
    }
    return body;
  });
  return memo;
}
