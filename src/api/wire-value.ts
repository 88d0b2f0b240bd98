import type {
  DetailEntry,
  DetailFlat,
  DetailScalar,
  DetailValue,
} from '../contract/error-details.ts';

/**
 * A value of any JSON kept to the contract's bounded depth
 * (src/contract/error-details.ts), anything deeper sent as its JSON text, as
 * the audit log does. The one place where an answer's free values are fitted:
 * an error's details (api/errors.ts), a change's previous and new value
 * (routes/history.ts).
 */

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
const fit = (v: unknown): DetailValue =>
  isScalar(v)
    ? v
    : isRecord(v)
      ? entry(v)
      : (v as unknown[]).map((x) => (isScalar(x) ? x : isRecord(x) ? entry(x) : text(x)));

/**
 * The plain JSON a value would be sent as (bigints as numbers, dates as text,
 * undefined fields dropped), or `fallback` when it has none (a cycle, undefined).
 */
export function plainJson(v: unknown, fallback: unknown): unknown {
  try {
    const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
    return s === undefined ? fallback : (JSON.parse(s) as unknown);
  } catch {
    return fallback;
  }
}

/** One value as the contract closes it: the JSON it would be sent as, to the bounded depth. */
export function wireValue(v: unknown): DetailValue {
  return fit(plainJson(v, null));
}

/** A record of values by name, each closed; anything but a record (a cycle too) gives `{}`. */
export function wireRecord(o: Record<string, unknown>): Record<string, DetailValue> {
  const json = plainJson(o, {});
  return isRecord(json) ? mapValues(json, fit) : {};
}
