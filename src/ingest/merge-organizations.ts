import { mergeFigureProvenance } from '../core/model/figure-provenance.ts';
import type { YearlyMeasures } from '../core/model/organization.ts';
import type { OrgDraft } from './org-draft.ts';
import { nameKey } from './text.ts';

export interface MergeReport {
  /** What the rows share: the explicit id, the USCC, or the normalised name within a province. */
  key: 'id' | 'uscc' | 'name+region';
  value: string;
  /** Source rows merged, the kept one first. */
  rows: number[];
  /** Fields the kept row lacked and took from a later row. */
  filled: { field: string; row: number; value: string }[];
  /** Fields where a later row disagreed; the first value is kept. */
  conflicts: { field: string; kept: string; row: number; dropped: string }[];
}

export interface RegionRelations {
  /** The province code of a region code. */
  provinceOf(code: string): string | undefined;
  /** Whether `outer` is `inner` or one of its ancestors. */
  contains(outer: string, inner: string): boolean;
}

/**
 * Merges drafts that describe one organisation: same explicit id, else same
 * USCC, else same normalised name (text.ts nameKey) in the same province with
 * regions that contain one another (深圳市 and 广东省 agree; 深圳市 and 广州市
 * do not) and no conflicting USCC or external id (two ts_codes are two
 * firms, even under one name and area). The first row wins; a later row fills what
 * it lacks; lists are united; disagreements are reported, not resolved.
 */
export function mergeOrganizations(
  drafts: readonly OrgDraft[],
  rel: RegionRelations,
): { merged: OrgDraft[]; merges: MergeReport[] } {
  const groups: { draft: OrgDraft; report?: MergeReport }[] = [];
  const byId = new Map<string, number>();
  const byUscc = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const nameKeyOf = (d: OrgDraft): string =>
    `${nameKey(d.name)}\u001f${d.region ? (rel.provinceOf(d.region) ?? d.region) : ''}`;

  for (const d of drafts) {
    let g: number | undefined;
    let key: MergeReport['key'] = 'id';
    let value: string;
    if (d.id !== undefined && byId.has(d.id)) {
      g = byId.get(d.id);
      value = d.id;
    } else if (d.uscc !== undefined && byUscc.has(d.uscc)) {
      g = byUscc.get(d.uscc);
      key = 'uscc';
      value = d.uscc;
    } else {
      const candidates = byName.get(nameKeyOf(d)) ?? [];
      g = candidates.find((i) => compatible(groups[i].draft, d, rel));
      key = 'name+region';
      value = d.name;
    }

    if (g === undefined) {
      groups.push({ draft: { ...d, rows: [...d.rows] } });
      g = groups.length - 1;
    } else {
      const grp = groups[g];
      grp.report ??= {
        key,
        value: key === 'name+region' ? grp.draft.name : value,
        rows: [...grp.draft.rows],
        filled: [],
        conflicts: [],
      };
      mergeInto(grp.draft, d, grp.report, rel);
    }
    const kept = groups[g].draft;
    if (kept.id !== undefined) byId.set(kept.id, g);
    if (kept.uscc !== undefined) byUscc.set(kept.uscc, g);
    const nk = nameKeyOf(kept);
    const list = byName.get(nk) ?? [];
    if (!list.includes(g)) list.push(g);
    byName.set(nk, list);
  }
  return {
    merged: groups.map((x) => x.draft),
    merges: groups.flatMap((x) => (x.report ? [x.report] : [])),
  };
}

function compatible(a: OrgDraft, b: OrgDraft, rel: RegionRelations): boolean {
  if (a.uscc !== undefined && b.uscc !== undefined && a.uscc !== b.uscc) return false;
  if (a.id !== undefined && b.id !== undefined && a.id !== b.id) return false;
  // Rows whose external ids differ (two ts_codes) are two organisations, whatever their names.
  for (const [k, v] of Object.entries(b.externalIds))
    if (a.externalIds[k] !== undefined && a.externalIds[k] !== v) return false;
  if (a.region === undefined || b.region === undefined) return a.region === b.region;
  return rel.contains(a.region, b.region) || rel.contains(b.region, a.region);
}

const SCALARS = ['id', 'nameEn', 'uscc', 'address', 'crs'] as const;

function mergeInto(into: OrgDraft, d: OrgDraft, rep: MergeReport, rel: RegionRelations): void {
  const row = d.rows[0];
  rep.rows.push(...d.rows);
  into.rows.push(...d.rows);
  const fill = (field: string, v: unknown) => rep.filled.push({ field, row, value: show(v) });
  const conflict = (field: string, kept: unknown, dropped: unknown) =>
    rep.conflicts.push({ field, kept: show(kept), row, dropped: show(dropped) });

  if (nameKey(into.name) !== nameKey(d.name)) conflict('name', into.name, d.name);
  for (const f of SCALARS) {
    const v = d[f];
    if (v === undefined) continue;
    if (into[f] === undefined) {
      (into as unknown as Record<string, unknown>)[f] = v;
      fill(f, v);
    } else if (into[f] !== v) conflict(f, into[f], v);
  }
  if (d.kindGiven) {
    if (!into.kindGiven) {
      into.kind = d.kind;
      into.kindGiven = true;
      fill('kind', d.kind);
    } else if (into.kind !== d.kind) conflict('kind', into.kind, d.kind);
  }
  if (d.region !== undefined) {
    if (into.region === undefined) {
      into.region = d.region;
      fill('region', d.region);
    } else if (into.region !== d.region) {
      if (rel.contains(into.region, d.region)) {
        into.region = d.region; // the later row is more detailed
        fill('region', d.region);
      } else if (!rel.contains(d.region, into.region)) conflict('region', into.region, d.region);
    }
  }
  if (d.coordinates !== undefined) {
    if (into.coordinates === undefined) {
      into.coordinates = d.coordinates;
      fill('coordinates', d.coordinates);
    } else if (into.coordinates.join() !== d.coordinates.join())
      conflict('coordinates', into.coordinates, d.coordinates);
  }
  for (const f of ['industries', 'industryLabels', 'tags'] as const) {
    const target = into[f] as string[];
    const added = (d[f] as string[]).filter((x) => !target.includes(x));
    if (added.length > 0) {
      target.push(...added);
      fill(f, added);
    }
  }
  for (const [k, v] of Object.entries(d.externalIds)) {
    if (into.externalIds[k] === undefined) {
      into.externalIds[k] = v;
      fill(`externalIds.${k}`, v);
    } else if (into.externalIds[k] !== v) conflict(`externalIds.${k}`, into.externalIds[k], v);
  }
  for (const m of d.measures) {
    const t = into.measures.find((x) => x.year === m.year);
    if (!t) {
      into.measures.push({ ...m });
      const { provenance: _source, ...figures } = m;
      fill(`measures.${m.year}`, figures);
      continue;
    }
    const filled: Partial<YearlyMeasures> = { provenance: m.provenance };
    for (const f of ['employees', 'revenue', 'output', 'rdSpend', 'patents'] as const) {
      if (m[f] === undefined) continue;
      if (t[f] === undefined) {
        t[f] = m[f];
        filled[f] = m[f];
        fill(`measures.${m.year}.${f}`, m[f]);
      } else if (t[f] !== m[f]) conflict(`measures.${m.year}.${f}`, t[f], m[f]);
    }
    // The figures a later row filled in name that row as their source.
    if (Object.keys(filled).length > 1)
      t.provenance = mergeFigureProvenance(t, filled) ?? t.provenance;
  }
}

function show(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}
