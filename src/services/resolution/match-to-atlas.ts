import type { LeftGramCounts, ResolvedPair } from '../../analytics/resolution/resolve-records.ts';
import type { AtlasWarning } from '../../core/errors.ts';
import { relations } from '../../ingest/prepare-organizations.ts';
import { nameKey } from '../../ingest/text.ts';
import type { Duck } from '../../store/duck.ts';
import { type AtlasRecord, atlasRecords } from '../../store/queries/resolution-records.ts';
import { resolutionReference } from './resolution-reference.ts';
import {
  type OrganizationRow,
  type ResolutionOptions,
  regionCode,
  resolveOrganizations,
} from './resolve-organizations.ts';

/**
 * Which organisation already in the atlas each row of a file names — the
 * import's first step (a row matched surely updates that record, an uncertain
 * one waits for review, a distinct one is new). In order:
 *   0. the same id (how 'id': an explicit id, or the id an import makes from
 *      the USCC, external id or normalised name and region — a re-import);
 *   1. the same USCC (how 'uscc');
 *   2. the same external id under the same scheme (how 'external_id');
 *   3. the same name (case, width, spaces and brackets folded: ingest's nameKey,
 *      legal forms kept) as exactly one organisation, in a place that agrees
 *      (how 'name'): 河钢股份有限公司 is not 河钢集团有限公司, though the
 *      resolver, which strips legal forms, finds them equally alike;
 *   4. entity resolution on name, place, industry division (how 'resolver';
 *      services/resolution/resolve-organizations.ts), each row taking its best
 *      candidate (several rows of one file may name one firm: the import merges
 *      them), an ambiguous best going to review.
 * Nothing is written.
 */

export interface AtlasMatch {
  row: string;
  /** The atlas organisation, when the decision is match or review. */
  organization: string | null;
  decision: 'match' | 'review' | 'distinct';
  how: 'id' | 'uscc' | 'external_id' | 'name' | 'resolver';
  score: number;
  reasons: string[];
}

export interface AtlasMatchRow extends OrganizationRow {
  /** {scheme: id}, as organisations store them. */
  externalIds?: Record<string, string>;
}

/** A GB/T 4754 code's division (two digits; a leading section letter dropped), else undefined. */
export function division(code: string | null | undefined): string | undefined {
  const m = /^[A-Z]?(\d{2})\d{0,2}$/.exec((code ?? '').trim().toUpperCase());
  return m ? m[1] : undefined;
}

/** Rules 0-2: a row's id, USCC or external id already in the atlas, else null. */
export function sureKeyMatch(
  r: AtlasMatchRow,
  ids: ReadonlySet<string>,
  byUscc: ReadonlyMap<string, string>,
  byExternal: ReadonlyMap<string, string>,
): AtlasMatch | null {
  const sure = (organization: string, how: AtlasMatch['how'], reason: string): AtlasMatch => ({
    row: r.id,
    organization,
    decision: 'match',
    how,
    score: 1,
    reasons: [reason],
  });
  if (ids.has(r.id)) return sure(r.id, 'id', 'same_id');
  const uscc = r.uscc?.trim().toUpperCase();
  if (uscc && byUscc.has(uscc)) return sure(byUscc.get(uscc) as string, 'uscc', 'same_uscc');
  const ext = Object.entries(r.externalIds ?? {})
    .map(([k, v]) => byExternal.get(`${k}\u0000${v}`))
    .find(Boolean);
  return ext ? sure(ext, 'external_id', 'same_external_id') : null;
}

/** Rule 3: the one atlas record of the same name whose place agrees with the row's, else null. */
export function exactNameMatch(
  r: AtlasMatchRow,
  byName: ReadonlyMap<string, readonly AtlasRecord[]>,
): AtlasMatch | null {
  const named = byName.get(nameKey(r.name));
  if (!named) return null; // the usual case: the place is not looked up
  const { contains } = relations(resolutionReference().regions);
  const here = r.region || r.province || r.city ? regionCode(r) : undefined;
  const agree = (there: string | null) =>
    !here || !there || contains(here, there) || contains(there, here);
  const uscc = r.uscc?.trim().toUpperCase();
  const same = named.filter((a) => agree(a.region) && !(uscc && a.uscc && a.uscc !== uscc));
  if (same.length !== 1) return null;
  return {
    row: r.id,
    organization: same[0].id,
    decision: 'match',
    how: 'name',
    score: 1,
    reasons: ['same_name'],
  };
}

export async function matchToAtlas(
  db: Duck,
  rows: readonly AtlasMatchRow[],
  options: Partial<ResolutionOptions> = {},
  counts?: LeftGramCounts,
): Promise<{
  matches: AtlasMatch[];
  warnings: AtlasWarning[];
  /** The resolver's left bigram counts and the rows decided by them (resolve-records.ts), for a file matched in parts. */
  leftGrams: Map<string, number>;
  countDependent: string[];
}> {
  const atlas = await atlasRecords(db);
  const byUscc = new Map(atlas.filter((a) => a.uscc).map((a) => [a.uscc as string, a.id]));
  const byExternal = new Map<string, string>();
  for (const a of atlas)
    for (const [k, v] of Object.entries(
      JSON.parse(a.externalIds ?? '{}') as Record<string, string>,
    ))
      byExternal.set(`${k}\u0000${v}`, a.id);
  const ids = new Set(atlas.map((a) => a.id));
  const byName = new Map<string, AtlasRecord[]>();
  for (const a of atlas) {
    const k = nameKey(a.name);
    byName.set(k, [...(byName.get(k) ?? []), a]);
  }
  const matches = new Map<string, AtlasMatch>();
  const rest: OrganizationRow[] = [];
  for (const r of rows) {
    const hit = sureKeyMatch(r, ids, byUscc, byExternal) ?? exactNameMatch(r, byName);
    if (hit) matches.set(r.id, hit);
    else rest.push({ ...r, industry: division(r.industry) });
  }
  const right = atlas.map((a) => ({
    id: a.id,
    name: a.name,
    region: a.region ?? undefined,
    industry: division(a.industry),
    uscc: a.uscc ?? undefined,
  }));
  // Every row matched by a key (a re-import): the resolver, which prepares the whole atlas, is not run.
  const outcome =
    rest.length === 0
      ? { pairs: [], warnings: [], leftGrams: new Map<string, number>(), countDependent: [] }
      : resolveOrganizations(rest, right, { oneToOne: false, ...options }, counts);
  const best = new Map<string, ResolvedPair>(outcome.pairs.map((p) => [p.leftId, p]));
  const out = rows.map((r): AtlasMatch => {
    const hit = matches.get(r.id);
    if (hit) return hit;
    const p = best.get(r.id);
    if (!p || p.decision === 'distinct')
      return {
        row: r.id,
        organization: null,
        decision: 'distinct',
        how: 'resolver',
        score: p?.score ?? 0,
        reasons: p?.reasons ?? [],
      };
    return {
      row: r.id,
      organization: p.rightId,
      decision: p.decision,
      how: 'resolver',
      score: p.score,
      reasons: p.reasons,
    };
  });
  const { leftGrams, countDependent } = outcome;
  return { matches: out, warnings: outcome.warnings, leftGrams, countDependent };
}
