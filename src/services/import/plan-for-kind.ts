import type { AtlasWarning } from '../../core/errors.ts';
import type { Link } from '../../core/model/link.ts';
import { Provenance } from '../../core/model/provenance.ts';
import { linkId, prepareLinks } from '../../ingest/prepare-links.ts';
import { prepareClusters } from '../../ingest/prepare-clusters.ts';
import { prepareIndicators } from '../../ingest/prepare-indicators.ts';
import { prepareOrganizations } from '../../ingest/prepare-organizations.ts';
import { prepareRegionStatistics } from '../../ingest/prepare-region-statistics.ts';
import type { ProvenanceInput } from '../../ingest/provenance-input.ts';
import type { RowIssue } from '../../ingest/row-issue.ts';
import type { Table } from '../../ingest/table.ts';
import { writeClusters } from '../../store/clusters.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import type { ChangeContext } from '../../store/history.ts';
import { writeIndicators } from '../../store/indicators.ts';
import { writeLinks } from '../../store/links.ts';
import { writeOrganizations } from '../../store/organizations.ts';
import {
  countExistingRegionStatistics,
  writeRegionStatistics,
} from '../../store/region-statistics.ts';
import type { AtlasResolution } from './atlas-resolution.ts';
import type { ImportOptions } from './import-options.ts';
import type { OrgMatcher } from './org-matcher.ts';
import { planOrganizations } from './plan-organizations.ts';
import { referenceIndexes } from './reference-indexes.ts';
import type { StagedOrganizations } from './stage-organizations.ts';

/** A kind's prepared rows, reduced to what the writer needs. */
export interface Plan {
  rowsRead: number;
  records: number;
  issues: RowIssue[];
  warnings: AtlasWarning[];
  merges: unknown[];
  mapping: { fields: Record<string, string | undefined>; unmapped: string[] };
  unresolvedIndustryLabels: { label: string; count: number }[];
  /** Ids of the records, to count those already in the atlas. */
  ids: readonly string[];
  /** Records already in the atlas, where ids cannot tell (region statistics: by region, division, year). */
  updated?: number;
  resolution?: AtlasResolution;
  /** Writes the records; `onRows` (when the write is several statements) is told the rows written so far. */
  write: (tx: Tx, onRows?: (rows: number) => void) => Promise<number>;
}

/** What every kind's plan is given. */
interface PlanInput {
  db: Duck;
  table: Table;
  opts: ImportOptions;
  provenance: ProvenanceInput;
  matcher: OrgMatcher;
  staged?: StagedOrganizations;
}

type Common = { map?: Record<string, string>; defaultProvenance: ProvenanceInput } & Pick<
  ImportOptions,
  'onProgress'
>;

/**
 * The plan of an import of a checked table: each kind's rows prepared
 * (ingest/prepare-*.ts), their references to organisations resolved against
 * the atlas (a reference that names none is a row issue), and the write.
 */
export async function planFor(
  db: Duck,
  table: Table,
  opts: ImportOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
  staged?: StagedOrganizations,
): Promise<Plan> {
  const input: PlanInput = { db, table, opts, provenance, matcher, staged };
  const common: Common = {
    map: opts.map,
    defaultProvenance: provenance,
    onProgress: opts.onProgress,
  };
  switch (opts.kind) {
    case 'organizations':
      return planOrganizationRows(input, common);
    case 'links':
      return planLinks(input, common);
    case 'clusters':
      return planClusters(input, common);
    case 'indicators':
      return planIndicators(input, common);
    case 'region-statistics':
      return planRegionStatistics(input, common);
  }
}

/** Who and what the change history records of this import's writes (the source: each record's own). */
function changeContext(opts: ImportOptions): ChangeContext {
  return { by: opts.by ?? null, dataYear: opts.provenance?.year, importId: opts.importId };
}

/** A reference to an organisation that names none, as a row issue. */
function unknownReference(
  file: string,
  row: number,
  column: string,
  value: string,
  reason: string,
): RowIssue {
  return { file, row, column, value, reason, code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE' };
}

async function planOrganizationRows(
  { db, table, opts, provenance, staged }: PlanInput,
  common: Common,
): Promise<Plan> {
  const ref = referenceIndexes();
  const p = prepareOrganizations(table, {
    ...common,
    year: provenance.year ?? new Date().getFullYear(),
    figures: { importId: opts.importId, by: opts.by ?? undefined },
    regions: ref.regions,
    industries: ref.industries,
  });
  const planned = await planOrganizations(db, p, {
    dataYear: provenance.year,
    queuedAsNew: opts.queuedAsNew,
    reviewed: opts.reviewed,
    matcher: staged?.atlasMatcher,
  });
  const records = planned.records;
  return {
    ...p,
    issues: [...p.issues, ...planned.issues],
    merges: planned.merges,
    records: records.length,
    ids: records.map((o) => o.id),
    updated: planned.resolution.counts.updated,
    resolution: planned.resolution,
    write: (tx) => writeOrganizations(tx, records, changeContext(opts)),
  };
}

function planLinks({ table, opts, matcher }: PlanInput, common: Common): Plan {
  const p = prepareLinks(table, common);
  const issues = [...p.issues];
  const links: Link[] = [];
  const fromColumn = p.mapping.fields.from ?? 'from';
  const toColumn = p.mapping.fields.to ?? 'to';
  for (const r of p.records) {
    const from = matcher.resolve(r.from);
    const to = matcher.resolve(r.to);
    if ('problem' in from)
      issues.push(unknownReference(table.file, r.rows[0], fromColumn, r.from.text, from.problem));
    if ('problem' in to)
      issues.push(unknownReference(table.file, r.rows[0], toColumn, r.to.text, to.problem));
    if (!('id' in from) || !('id' in to)) continue;
    const l = r.link;
    links.push({
      ...l,
      id: linkId('link', from.id, to.id, l.type, l.product, l.year),
      from: from.id,
      to: to.id,
    });
  }
  return {
    ...p,
    issues,
    unresolvedIndustryLabels: [],
    records: links.length,
    ids: links.map((l) => l.id),
    write: (tx) => writeLinks(tx, links, changeContext(opts)),
  };
}

function planClusters({ table, opts, provenance, matcher }: PlanInput, common: Common): Plan {
  const ref = referenceIndexes();
  const p = prepareClusters(table, { ...common, regions: ref.regions, industries: ref.industries });
  const issues = [...p.issues];
  const memberProvenance = Provenance.parse(provenance);
  const column = p.mapping.fields.members ?? 'members';
  const clusters = p.records.map((r) => {
    const members = [];
    for (const m of r.members) {
      const res = matcher.resolve(m);
      // A membership carries its own provenance: the file that states it.
      if ('id' in res) members.push({ organization: res.id, provenance: memberProvenance });
      else issues.push(unknownReference(table.file, r.rows[0], column, m.text, res.problem));
    }
    return { ...r.cluster, members };
  });
  return {
    ...p,
    issues,
    records: clusters.length,
    ids: clusters.map((c) => c.id),
    write: (tx) => writeClusters(tx, clusters, changeContext(opts)),
  };
}

function planIndicators({ table, matcher }: PlanInput, common: Common): Plan {
  const p = prepareIndicators(table, { ...common, regions: referenceIndexes().regions });
  const issues = [...p.issues];
  const column = p.mapping.fields.subject ?? 'subject';
  const values = p.records.flatMap((v, i) => {
    if (v.subjectType !== 'organization') return [v];
    const res = matcher.resolve({ text: v.subject, by: 'id-or-name' });
    if ('id' in res) return [{ ...v, subject: res.id }];
    issues.push(unknownReference(table.file, p.recordRows[i][0], column, v.subject, res.problem));
    return [];
  });
  return {
    ...p,
    issues,
    unresolvedIndustryLabels: [],
    records: values.length,
    ids: [],
    write: (tx) => writeIndicators(tx, values),
  };
}

async function planRegionStatistics({ db, table }: PlanInput, common: Common): Promise<Plan> {
  const ref = referenceIndexes();
  const p = prepareRegionStatistics(table, {
    ...common,
    regions: ref.regions,
    industries: ref.industries,
  });
  return {
    ...p,
    unresolvedIndustryLabels: [],
    records: p.records.length,
    ids: [],
    updated: await countExistingRegionStatistics(db, p.records),
    write: (tx) => writeRegionStatistics(tx, p.records),
  };
}
