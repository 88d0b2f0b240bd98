import { AtlasError } from '../../core/errors.ts';

export interface NamedFirm {
  id: string;
  name: string;
  nameEn: string | null;
}

/**
 * One firm of a scope named by the user: its id, its exact name (Chinese or
 * English, case-insensitive), or a part of its name that only one firm has.
 * Unknown or ambiguous names fail with ATLAS_E_UNKNOWN_NAME, listing the
 * firms it could be (or a few of the scope's firms), so the user can retry.
 */
export function resolveFirm<T extends NamedFirm>(
  token: string,
  firms: readonly T[],
  what: string,
): T {
  const t = token.trim();
  const lower = t.toLowerCase();
  const byId = firms.find((f) => f.id === t);
  if (byId) return byId;
  const exact = firms.filter((f) => f.name === t || f.nameEn?.toLowerCase() === lower);
  if (exact.length === 1) return exact[0];
  const part =
    exact.length > 1
      ? exact
      : firms.filter(
          (f) =>
            f.name.includes(t) || (f.nameEn !== null && f.nameEn.toLowerCase().includes(lower)),
        );
  if (part.length === 1) return part[0];
  const list = (fs: readonly T[]) =>
    fs
      .slice(0, 10)
      .map((f) => `${f.name} (${f.id})`)
      .join(', ');
  if (part.length > 1)
    throw new AtlasError(
      'ATLAS_E_UNKNOWN_NAME',
      `"${t}" in ${what} names ${part.length} firms: ${list(part)}${part.length > 10 ? ', …' : ''}; give the id or the full name`,
      { token: t, candidates: part.slice(0, 50).map((f) => f.id) },
    );
  throw new AtlasError(
    'ATLAS_E_UNKNOWN_NAME',
    `no firm "${t}" in ${what}${firms.length ? `; firms there include ${list(firms)}` : ' (it has no firms)'}`,
    { token: t },
  );
}
