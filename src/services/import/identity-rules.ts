import type { Organization } from '../../core/model/organization.ts';
import type { AtlasMatch } from '../resolution/match-to-atlas.ts';

/**
 * The rules by which a record of a file changes the organisation of the atlas
 * it was matched to (services/resolution/match-to-atlas.ts), each one small
 * so that the staged bulk import can apply the same rule in SQL:
 *
 * - kindAfterMatch: a file without a kind column (类型) never changes a kind;
 *   its rows carry the default kind, which is no statement about the firm.
 * - nameAfterMatch: a name changes only when the identity is the legal
 *   entity's (the same id or USCC: a rename, listed and recorded in the
 *   history). A record found by its name (a short name, a stock name, the city
 *   in brackets) or by an external id (a stock code names a security, whose
 *   list gives short names: 万科A for 万科企业股份有限公司) keeps the atlas's.
 * - regionAfterMatch: a region the file names less precisely than the atlas
 *   (湖南省 for 长沙市) keeps the atlas's.
 * - worthReview: an uncertain candidate holds a row back for a person only
 *   when the file does not place the row in another province; a name merely
 *   like one far away (甲科技 in 广东, 百甲科技 in 北京) is a new firm.
 * - changedFields: what an update changes, provenance aside (a re-import of
 *   the same facts is "unchanged", though its provenance says it was seen
 *   again).
 */

const KEYED: readonly AtlasMatch['how'][] = ['id', 'uscc'];

export function worthReview(m: Pick<AtlasMatch, 'decision' | 'reasons'>): boolean {
  return m.decision === 'review' && !m.reasons.includes('different_province');
}

export function kindAfterMatch(
  atlasKind: Organization['kind'],
  fileKind: Organization['kind'],
  kindGiven: boolean,
): Organization['kind'] {
  return kindGiven ? fileKind : atlasKind;
}

export function nameAfterMatch(
  atlasName: string,
  fileName: string,
  how: AtlasMatch['how'],
): { name: string; renamed: boolean } {
  if (atlasName === fileName || !KEYED.includes(how)) return { name: atlasName, renamed: false };
  return { name: fileName, renamed: true };
}

export function regionAfterMatch(
  atlasRegion: string | undefined,
  fileRegion: string | undefined,
  contains: (outer: string, inner: string) => boolean,
): string | undefined {
  if (!atlasRegion || !fileRegion || atlasRegion === fileRegion) return fileRegion ?? atlasRegion;
  return contains(fileRegion, atlasRegion) ? atlasRegion : fileRegion;
}

const canon = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>)
            .filter(([, y]) => y !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  ) ?? 'null';

export function changedFields(before: Organization, after: Organization): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  keys.delete('provenance');
  // A yearly figure's source is provenance too: a figure given again unchanged is no change.
  const value = (o: Organization, k: string) =>
    k === 'measures'
      ? o.measures.map(({ provenance: _p, ...figures }) => figures)
      : o[k as keyof Organization];
  return [...keys].filter((k) => canon(value(before, k)) !== canon(value(after, k))).sort();
}
