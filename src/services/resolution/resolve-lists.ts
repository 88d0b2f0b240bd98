import type { ResolveAnswer, ResolveBody } from '../../contract/resolution.ts';
import { answerWarnings } from '../answer-warnings.ts';
import { resolveOrganizations } from './resolve-organizations.ts';

/**
 * Resolves two lists sent whole (POST /api/resolve): the pairs judged match
 * or review, and with `all` each left record's best distinct candidate too.
 */
export function resolveLists(body: ResolveBody): ResolveAnswer {
  const { left, right, options = {}, all = false } = body;
  const outcome = resolveOrganizations(left, right, options);
  return {
    pairs: all ? outcome.pairs : outcome.pairs.filter((p) => p.decision !== 'distinct'),
    counts: outcome.counts,
    warnings: answerWarnings(outcome.warnings),
  };
}
