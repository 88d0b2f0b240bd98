import { createHash } from 'node:crypto';

/**
 * Stable ids, so that importing the same file twice yields the same ids and
 * overwrites instead of duplicating. A hash id is the first 16 hex digits
 * (64 bits) of SHA-256 over the parts joined by U+001F: collisions are
 * negligible below billions of records.
 */
export function hashId(
  prefix: string,
  ...parts: readonly (string | number | undefined | null)[]
): string {
  const h = createHash('sha256')
    .update(parts.map((p) => (p === undefined || p === null ? '' : String(p))).join('\u001f'))
    .digest('hex')
    .slice(0, 16);
  return `${prefix}-${h}`;
}

/** An id safe to show in URLs: letters, digits, . _ - kept; anything else becomes _. */
export function slugId(prefix: string, value: string): string {
  return `${prefix}-${value.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}
