import type { AnswerWarning } from '../contract/answer-warning.ts';
import type { AtlasWarning } from '../core/errors.ts';

type Detail = NonNullable<AnswerWarning['details']>[string];

/** A detail as the wire carries it: plain values kept, anything else written as JSON. */
function plain(v: unknown): Detail {
  if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) return v as Detail;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
    return v as (string | number)[];
  return JSON.stringify(v) ?? null;
}

/** Details as the wire carries them (src/contract/answer-warning.ts, PlainDetails). */
export function plainDetails(details: Record<string, unknown>): Record<string, Detail> {
  return Object.fromEntries(Object.entries(details).map(([k, v]) => [k, plain(v)]));
}

/**
 * The catalogue's warnings as an answer carries them (src/contract/answer-warning.ts):
 * code, message and details of plain values, so the answer's schema stays closed.
 */
export function answerWarnings(ws: readonly AtlasWarning[]): AnswerWarning[] {
  return ws.map(({ code, message, details }) =>
    details === undefined ? { code, message } : { code, message, details: plainDetails(details) },
  );
}
