import type { FastifyInstance } from 'fastify';
import { AtlasError } from '../core/errors.ts';
import { textProblem } from '../core/text/sanitize.ts';

/** Longer than any field a route takes: lengths are each schema's business (maxLength). */
const NO_LENGTH_LIMIT = Number.MAX_SAFE_INTEGER;

/**
 * The text rule of core/text/sanitize.ts on every API request: a string in
 * the query, the path or a JSON body that holds a NUL, a control or
 * direction character or a lone surrogate is refused with 400
 * (ATLAS_E_BAD_VALUE naming the field), before any route sees it — the same
 * rule an import applies to every cell. Raw uploads (a Buffer body) are the
 * import's to screen.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (req) => {
    for (const [where, v] of [
      ['query', req.query],
      ['params', req.params],
      ['body', req.body],
    ] as const) {
      const bad = firstBadText(v, where);
      if (bad)
        throw new AtlasError('ATLAS_E_BAD_VALUE', `${bad.path} ${bad.reason}`, {
          field: bad.path,
          reason: bad.reason,
        });
    }
  });
}

function firstBadText(
  v: unknown,
  path: string,
  depth = 0,
): { path: string; reason: string } | undefined {
  if (typeof v === 'string') {
    const reason = textProblem(v, NO_LENGTH_LIMIT);
    return reason ? { path, reason } : undefined;
  }
  if (v === null || typeof v !== 'object' || depth > 50 || Buffer.isBuffer(v)) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const keyReason = textProblem(k, NO_LENGTH_LIMIT);
    if (keyReason) return { path: `${path}.${k}`, reason: keyReason };
    const bad = firstBadText(x, `${path}.${k}`, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}
