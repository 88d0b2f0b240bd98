import type { FastifyInstance } from 'fastify';
import { declareAggregates, declaredAggregates } from '../core/access/disclosure.ts';
import { AtlasError } from '../core/errors.ts';
import { pageQuerystring } from './schemas.ts';

/**
 * A copy of `v` with every NaN and ±Infinity replaced by null, or `v` itself
 * when it holds none. JSON has no such numbers: Fastify's serialiser fails
 * on them (a 500 for, e.g., the ECI of a 1×1 matrix), and response schemas
 * type undefined figures as `number | null`. A copied object keeps the
 * confidential aggregates declared on the original (core/access/disclosure.ts).
 */
export function finiteJson(v: unknown, depth = 0): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v === null || typeof v !== 'object' || depth > 200) return v;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = finiteJson(v[i], depth + 1);
      if (x !== v[i]) (out ??= v.slice())[i] = x;
    }
    return out ?? v;
  }
  if (ArrayBuffer.isView(v) || v instanceof Date || v instanceof Map || v instanceof Set) return v;
  let out: Record<string, unknown> | undefined;
  for (const [k, x] of Object.entries(v)) {
    const y = finiteJson(x, depth + 1);
    if (y !== x) (out ??= { ...(v as Record<string, unknown>) })[k] = y;
  }
  // A copy keeps the confidential aggregates declared on the original (redaction reads them next).
  const declared = out && declaredAggregates(v);
  if (out && declared) declareAggregates(out, declared);
  return out ?? v;
}

/**
 * Numbers in and out of every route: a query, path or body number that is
 * not finite (Ajv's type coercion turns `1e400` and `Infinity` into
 * Infinity and its `maximum` then lets them through) is refused with 400, as
 * is a page or pageSize outside its schema's range (pageQuerystring, the one
 * definition every list route shares); every JSON answer passes through
 * finiteJson before it is serialised.
 */
export function installNumberGuards(app: FastifyInstance): void {
  const { page, pageSize } = pageQuerystring.properties;
  app.addHook('preHandler', async (req) => {
    for (const [where, v] of [
      ['query', req.query],
      ['params', req.params],
      ['body', req.body],
    ] as const) {
      const bad = firstNonFinite(v, where);
      if (bad)
        throw new AtlasError('ATLAS_E_BAD_REQUEST', `${bad} must be a finite number`, {
          field: bad,
        });
    }
    const q = req.query as Record<string, unknown> | undefined;
    for (const [field, max] of [
      ['page', page.maximum],
      ['pageSize', pageSize.maximum],
    ] as const) {
      const v = q?.[field];
      if (typeof v === 'number' && (!Number.isSafeInteger(v) || v < 1 || v > max))
        throw new AtlasError('ATLAS_E_BAD_VALUE', `${field} must be an integer from 1 to ${max}`, {
          field,
        });
    }
  });
  app.addHook('preSerialization', async (_req, _reply, payload) => finiteJson(payload));
}

/** The path of the first number in `v` that is NaN or infinite, if any. */
function firstNonFinite(v: unknown, path: string, depth = 0): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : path;
  if (v === null || typeof v !== 'object' || depth > 50 || Buffer.isBuffer(v)) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const bad = firstNonFinite(x, `${path}.${k}`, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}
