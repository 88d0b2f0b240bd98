import type { Organization } from '../../core/model/organization.ts';
import type { MergeReport } from '../../ingest/merge-organizations.ts';
import { relations, type PreparedOrganizations } from '../../ingest/prepare-organizations.ts';
import type { RowIssue } from '../../ingest/row-issue.ts';
import type { Duck } from '../../store/duck.ts';
import { loadOrganizations } from '../../store/organizations.ts';
import { AtlasMatcher } from '../resolution/atlas-matcher.ts';
import { type AtlasMatch, type AtlasMatchRow, matchToAtlas } from '../resolution/match-to-atlas.ts';
import type { AtlasResolution, LocatedRecord } from './atlas-resolution.ts';
import { dataYearOf } from './data-year.ts';
import {
  changedFields,
  kindAfterMatch,
  nameAfterMatch,
  regionAfterMatch,
  worthReview,
} from './identity-rules.ts';
import { mergeExisting } from './merge-existing.ts';
import { placeByCoordinates } from './place-by-coordinates.ts';
import { referenceIndexes } from './reference-indexes.ts';

/**
 * The organisations of a prepared file, met with the atlas: places found from
 * coordinates, the year of the data put in each provenance, each record
 * matched (services/resolution/match-to-atlas.ts, answered by the atlas
 * matcher: atlas-matcher.ts) and then new, merged into
 * its organisation by the identity rules (identity-rules.ts), or held for
 * review. Writes nothing; the records returned are what the import writes.
 */

export interface PlannedOrganizations {
  records: Organization[];
  issues: RowIssue[];
  merges: unknown[];
  resolution: AtlasResolution;
}

export interface PlanOrganizationsOptions {
  /** The year the importer says the data describe. */
  dataYear?: number;
  /** Write records with an uncertain candidate as new organisations instead of holding them. */
  queuedAsNew?: boolean;
  /**
   * A person's decisions on held rows, by the record's first row: 'new' (a different
   * organisation: written as new) or the id of the atlas's organisation it is.
   */
  reviewed?: Readonly<Record<number, string>>;
  /** The atlas already prepared for this import (stage-organizations.ts); default: prepared here. */
  matcher?: AtlasMatcher;
}

/** Places and data years, before matching: a region found here helps the resolver. */
function placeRecords(
  p: PreparedOrganizations,
  dataYear: number | undefined,
): { records: Organization[]; located: LocatedRecord[] } {
  const located: LocatedRecord[] = [];
  const yearColumn = p.mapping.fields.year !== undefined;
  const records = p.records.map((o, i) => {
    const placed = placeByCoordinates(o, p.recordRows[i][0]);
    if (placed.located) located.push(placed.located);
    const year = dataYearOf(o, yearColumn, dataYear);
    const { year: _drop, ...prov } = placed.record.provenance;
    return {
      ...placed.record,
      provenance: year === undefined ? prov : { ...prov, year },
    } as Organization;
  });
  return { records, located };
}

function matchRows(records: readonly Organization[]): AtlasMatchRow[] {
  return records.map((o) => ({
    id: o.id,
    name: o.name,
    region: o.region,
    industry: o.industries[0],
    uscc: o.uscc,
    externalIds: o.externalIds,
  }));
}

export async function planOrganizations(
  db: Duck,
  p: PreparedOrganizations,
  opts: PlanOrganizationsOptions = {},
): Promise<PlannedOrganizations> {
  const { records: placed, located } = placeRecords(p, opts.dataYear);
  const matches = await atlasMatches(db, p, matchRows(placed), opts);
  const atlasIds = [
    ...new Set([
      ...matches.flatMap((m) => (m.organization ? [m.organization] : [])),
      ...Object.values(opts.reviewed ?? {}).filter((v) => v !== 'new'),
    ]),
  ];
  const atlas = new Map((await loadOrganizations(db, atlasIds)).map((o) => [o.id, o]));
  const out: PlannedOrganizations = {
    records: [],
    issues: [],
    merges: [...p.merges] as MergeReport[],
    resolution: {
      counts: { new: 0, updated: 0, queued: 0, unchanged: 0 },
      matched: [],
      queued: [],
      renamed: [],
      located,
    },
  };
  const taken = new Map<string, { row: number; name: string }>();
  placed.forEach((o, i) => {
    const row = p.recordRows[i][0];
    const decided = opts.reviewed?.[row];
    if (decided !== undefined)
      return reviewedRecord(out, p, i, o, matches[i], decided, atlas, taken);
    const m = matches[i];
    const old = m.organization ? atlas.get(m.organization) : undefined;
    const first = old ? taken.get(old.id) : undefined;
    if (old && m.how !== 'resolver' && first)
      return out.issues.push(duplicateIssue(p, row, o, old.id, first));
    if (old && (worthReview(m) || first) && !opts.queuedAsNew)
      return queue(out, row, o, old, m, first);
    if (!old || m.decision !== 'match') {
      out.resolution.counts.new++;
      return out.records.push(o);
    }
    taken.set(old.id, { row, name: o.name });
    out.records.push(mergeInto(out, row, old, o, m, p.kindGiven[i]));
  });
  return out;
}

/**
 * matchToAtlas's answer for each row. The atlas matcher gives the rows it
 * pairs; every other row is distinct, its best score and reasons unused —
 * unless a person decided that row, whose merge names them: then the whole
 * list is asked of matchToAtlas, as before.
 */
async function atlasMatches(
  db: Duck,
  p: PreparedOrganizations,
  rows: readonly AtlasMatchRow[],
  opts: PlanOrganizationsOptions,
): Promise<AtlasMatch[]> {
  const matcher = opts.matcher ?? (await AtlasMatcher.open(db));
  const paired = matcher.size === 0 ? new Map<string, AtlasMatch>() : matcher.pairAll(rows);
  const reviewed = opts.reviewed ?? {};
  if (rows.some((r, i) => reviewed[p.recordRows[i][0]] !== undefined && !paired.has(r.id)))
    return (await matchToAtlas(db, rows)).matches;
  return rows.map(
    (r): AtlasMatch =>
      paired.get(r.id) ?? {
        row: r.id,
        organization: null,
        decision: 'distinct',
        how: 'resolver',
        score: 0,
        reasons: [],
      },
  );
}

/** A held row a person decided: written as new, or merged into the organisation named. */
function reviewedRecord(
  out: PlannedOrganizations,
  p: PreparedOrganizations,
  i: number,
  o: Organization,
  m: AtlasMatch,
  decided: string,
  atlas: ReadonlyMap<string, Organization>,
  taken: Map<string, { row: number; name: string }>,
): number | void {
  const row = p.recordRows[i][0];
  if (decided === 'new') {
    out.resolution.counts.new++;
    return out.records.push(o);
  }
  const old = atlas.get(decided);
  if (!old)
    return out.issues.push({
      file: p.file,
      row,
      column: p.mapping.fields.name ?? 'name',
      value: o.name,
      reason: `the organisation chosen for this row (${decided}) is not in the atlas`,
      code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
    });
  const first = taken.get(old.id);
  if (first) return out.issues.push(duplicateIssue(p, row, o, old.id, first));
  taken.set(old.id, { row, name: o.name });
  const confirmed: AtlasMatch = {
    ...m,
    organization: old.id,
    decision: 'match',
    reasons: [...m.reasons, 'a person confirmed it is this organisation'],
  };
  out.records.push(mergeInto(out, row, old, o, confirmed, p.kindGiven[i]));
}

function queue(
  out: PlannedOrganizations,
  row: number,
  o: Organization,
  old: Organization,
  m: AtlasMatch,
  first: { row: number } | undefined,
): void {
  out.resolution.counts.queued++;
  out.resolution.queued.push({
    row,
    name: o.name,
    candidate: old.id,
    candidateName: old.name,
    score: m.score,
    reasons: first ? [...m.reasons, `row ${first.row} matched it first`] : m.reasons,
  });
}

function mergeInto(
  out: PlannedOrganizations,
  row: number,
  old: Organization,
  incoming: Organization,
  m: AtlasMatch,
  kindGiven: boolean,
): Organization {
  const { merged, kept } = mergeExisting(old, { ...incoming, id: old.id });
  const name = nameAfterMatch(old.name, incoming.name, m.how);
  const { contains } = relations(referenceIndexes().regions);
  const record: Organization = {
    ...merged,
    name: name.name,
    kind: kindAfterMatch(old.kind, incoming.kind, kindGiven),
    region: regionAfterMatch(old.region, incoming.region, contains),
  };
  const changed = changedFields(old, record);
  out.resolution.counts[changed.length > 0 ? 'updated' : 'unchanged']++;
  out.resolution.matched.push({
    row,
    name: incoming.name,
    organization: old.id,
    atlasName: old.name,
    how: m.how,
    score: m.score,
    reasons: m.reasons,
    changed,
  });
  if (name.renamed)
    out.resolution.renamed.push({
      row,
      organization: old.id,
      from: old.name,
      to: name.name,
      how: m.how,
    });
  if (incoming.id !== old.id)
    out.merges.push({
      into: old.id,
      from: incoming.id,
      reason: `matches an organisation already in the atlas (${m.how}, score ${m.score.toFixed(2)})`,
    });
  if (kept.length > 0)
    out.merges.push({ into: old.id, reason: 'kept what the atlas already knew', kept });
  return record;
}

function duplicateIssue(
  p: PreparedOrganizations,
  row: number,
  o: Organization,
  id: string,
  first: { row: number; name: string },
): RowIssue {
  return {
    file: p.file,
    row,
    column: p.mapping.fields.name ?? 'name',
    value: o.name,
    reason: `row ${first.row} ("${first.name}") is the same organisation of the atlas (${id}); one row per organisation`,
    code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT',
  };
}
