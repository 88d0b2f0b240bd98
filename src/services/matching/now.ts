import { randomUUID } from 'node:crypto';

/** The time stamps matching stores: ISO-8601 UTC; tests pass their own clock. */
export function stamp(now?: Date | string): string {
  if (typeof now === 'string') return new Date(now).toISOString();
  return (now ?? new Date()).toISOString();
}

/** A short random id with a readable prefix (dem-…, cap-…, match-…). */
export function newId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 12)}`;
}
