import { AtlasError } from '../core/errors.ts';

/** An option's value checked against its allowed values; undefined when not given. */
export function choice<T extends string>(
  flag: string,
  v: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v))
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--${flag} must be one of ${allowed.join(', ')}, not ${v}`,
    );
  return v as T;
}
