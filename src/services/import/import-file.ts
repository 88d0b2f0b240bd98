import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import type { Link } from '../../core/model/link.ts';
import { Provenance } from '../../core/model/provenance.ts';
import type { ImportKind } from '../../ingest/aliases.ts';
import { linkId } from '../../ingest/prepare-links.ts';
import { prepareClusters } from '../../ingest/prepare-clusters.ts';
import { prepareIndicators } from '../../ingest/prepare-indicators.ts';
import { prepareLinks } from '../../ingest/prepare-links.ts';
import { prepareOrganizations } from '../../ingest/prepare-organizations.ts';
import { prepareRegionStatistics } from '../../ingest/prepare-region-statistics.ts';
import { PROGRESS_MIN_ROWS, type OnProgress } from '../../ingest/progress.ts';
import type { ProvenanceInput } from '../../ingest/provenance-input.ts';
import { readTable } from '../../ingest/read-table.ts';
import { rejectsCsv } from '../../ingest/rejects-csv.ts';
import { screenTable } from '../../ingest/screen-table.ts';
import type { RowIssue } from '../../ingest/row-issue.ts';
import type { Table, TextEncoding } from '../../ingest/table.ts';
import { writeClusters } from '../../store/clusters.ts';
import type { Duck, Tx } from '../../store/duck.ts';
import { logImport } from '../../store/imports.ts';
import { writeIndicators } from '../../store/indicators.ts';
import { writeLinks } from '../../store/links.ts';
import {
  countExistingRegionStatistics,
  writeRegionStatistics,
} from '../../store/region-statistics.ts';
import { writeOrganizations } from '../../store/organizations.ts';
import type { ChangeContext } from '../../store/history.ts';
import { orgKeys } from '../../store/queries/org-keys.ts';
import type { ImportReport } from './import-report.ts';
import type { AtlasResolution } from './atlas-resolution.ts';
import { OrgMatcher } from './org-matcher.ts';
import { planOrganizations } from './plan-organizations.ts';
import { referenceIndexes } from './reference-indexes.ts';
import { stageOrganizations, type StagedOrganizations } from './stage-organizations.ts';

export interface ImportOptions {
  kind: ImportKind;
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** Load the valid rows and write the invalid ones with their reasons to this CSV. */
  skipInvalid?: string;
  /** field → header, from `--map field=header`. */
  map?: Record<string, string>;
  /** XLSX sheet. */
  sheet?: string;
  /** CSV and JSON: the text encoding, instead of detecting it. */
  encoding?: TextEncoding;
  /** Take text that looks garbled (mis-decoded) as written, instead of refusing its rows. */
  acceptGarbled?: boolean;
  /**
   * Organisations: check a plain CSV in the database (stage-organizations.ts) — true whatever
   * its size, false never; default from FILE_LIMITS.stagedMinRows rows. The result is the same.
   */
  columnar?: boolean;
  /**
   * Provenance of the records; defaults to the file name, method 'import', loaded today.
   * `year` is the year the data describe (else a year column's, else unknown).
   */
  provenance?: Partial<ProvenanceInput>;
  /** Who imports (an account or role), for the change history; absent: a tool. */
  by?: string | null;
  /** Organisations: write rows with an uncertain candidate in the atlas as new, not hold them. */
  queuedAsNew?: boolean;
  /** The id the import log gives this import (yearly figures name it); default: a new one. */
  importId?: string;
  /** Organisations: a person's decisions on held rows (row → 'new' or an organisation's id). */
  reviewed?: Readonly<Record<number, string>>;
  onProgress?: OnProgress;
}

/** A kind's prepared rows, reduced to what the writer needs. */
interface Plan {
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
  write: (tx: Tx) => Promise<number>;
}

/**
 * Imports a file into the atlas: read, validate every row, match against the
 * store, then write everything in one transaction — or nothing at all. With
 * invalid rows the import is refused (ATLAS_E_INVALID_ROWS, the rows in
 * details) unless `skipInvalid` names a rejects file.
 */
export async function importFile(
  db: Duck,
  path: string,
  options: ImportOptions,
): Promise<ImportReport> {
  // Known before anything is written: each yearly figure's provenance names its import.
  const opts = { ...options, importId: options.importId ?? randomUUID() };
  const provenance: ProvenanceInput = {
    source: basename(path),
    method: 'import',
    loadedAt: new Date().toISOString().slice(0, 10),
    ...opts.provenance,
  };
  const matcher = new OrgMatcher(await orgKeys(db));
  // A large plain organisations CSV is checked in the database; the rows it cannot prove
  // valid and unique come back as a table for the checks below.
  const staged =
    opts.kind === 'organizations'
      ? await stageOrganizations(db, path, opts, provenance, matcher)
      : undefined;
  try {
    return await importTable(db, path, opts, provenance, matcher, staged);
  } finally {
    await staged?.release();
  }
}

async function importTable(
  db: Duck,
  path: string,
  opts: ImportOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
  staged: StagedOrganizations | undefined,
): Promise<ImportReport> {
  const table =
    staged?.table ?? (await readTable(path, { sheet: opts.sheet, encoding: opts.encoding }));
  const plainRows = staged?.plainRows ?? 0;
  if (staged && plainRows + table.rows.length === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${path} has a header but no data rows`, {
      file: path,
    });
  }
  // Every cell passes the text rule first; its refused rows never reach a kind's preparation.
  const screened = screenTable(table, { acceptGarbled: opts.acceptGarbled });
  const prepared = await planFor(db, screened.table, opts, provenance, matcher, staged);
  const plan: Plan = {
    ...prepared,
    rowsRead: table.rows.length + plainRows,
    records: prepared.records + plainRows,
    // The rows checked in the database are new organisations (stage-organizations.ts).
    resolution: prepared.resolution && {
      ...prepared.resolution,
      counts: { ...prepared.resolution.counts, new: prepared.resolution.counts.new + plainRows },
    },
    issues: [...screened.issues, ...prepared.issues].sort((a, b) => a.row - b.row),
    warnings: [...encodingWarnings(table), ...prepared.warnings],
    write: async (tx) => (staged ? await staged.write(tx) : 0) + (await prepared.write(tx)),
  };

  if (plan.issues.length > 0 && !opts.skipInvalid) {
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${plan.issues.length} invalid row issue(s) in ${path}; nothing was written`,
      { file: path, rows: plan.issues },
    );
  }
  const warnings = [...plan.warnings];
  let written = 0;
  let importId: string | undefined;
  const report: ImportReport = {
    file: path,
    kind: opts.kind,
    format: table.format,
    encoding: table.encoding,
    dryRun: Boolean(opts.dryRun),
    rowsRead: plan.rowsRead,
    records: plan.records,
    written: 0,
    updated: plan.updated ?? plan.ids.filter((id) => matcher.has(id)).length,
    invalidRows: new Set(plan.issues.map((i) => i.row)).size,
    mapping: Object.fromEntries(
      Object.entries(plan.mapping.fields).filter((e): e is [string, string] => Boolean(e[1])),
    ),
    unmappedColumns: plan.mapping.unmapped,
    issues: plan.issues,
    warnings,
    merges: plan.merges,
    unresolvedIndustryLabels: plan.unresolvedIndustryLabels,
    resolution: plan.resolution,
  };
  if (!opts.dryRun) {
    const progress = plan.records > PROGRESS_MIN_ROWS ? opts.onProgress : undefined;
    progress?.(0, plan.records, 'write');
    await db.transaction(async (tx) => {
      written = await plan.write(tx);
      importId = await logImport(tx, {
        id: opts.importId,
        file: path,
        kind: opts.kind,
        rowsRead: plan.rowsRead,
        rowsWritten: written,
        report: {
          ...report,
          issues: plan.issues.slice(0, 1000),
          written,
          ...loggedResolution(report),
        },
      });
    });
    progress?.(plan.records, plan.records, 'write');
  }
  if (opts.skipInvalid && plan.issues.length > 0) {
    writeFileSync(opts.skipInvalid, rejectsCsv(table, plan.issues));
    report.rejectsFile = opts.skipInvalid;
    warnings.push(
      warning('ATLAS_W_ROWS_SKIPPED', `${report.invalidRows} invalid row(s) skipped`, {
        rejects: opts.skipInvalid,
      }),
    );
  }
  return { ...report, written, importId };
}

async function planFor(
  db: Duck,
  table: Table,
  opts: ImportOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
  staged?: StagedOrganizations,
): Promise<Plan> {
  const ref = referenceIndexes();
  const common = { map: opts.map, defaultProvenance: provenance, onProgress: opts.onProgress };
  switch (opts.kind) {
    case 'organizations': {
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
    case 'links': {
      const p = prepareLinks(table, common);
      const issues = [...p.issues];
      const links: Link[] = [];
      for (const r of p.records) {
        const from = matcher.resolve(r.from);
        const to = matcher.resolve(r.to);
        const bad: [string, { problem: string }][] = [];
        if ('problem' in from) bad.push([p.mapping.fields.from ?? 'from', from]);
        if ('problem' in to) bad.push([p.mapping.fields.to ?? 'to', to]);
        if (bad.length > 0 || !('id' in from) || !('id' in to)) {
          for (const [column, b] of bad)
            issues.push({
              file: table.file,
              row: r.rows[0],
              column,
              value: column === (p.mapping.fields.from ?? 'from') ? r.from.text : r.to.text,
              reason: b.problem,
              code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
            });
          continue;
        }
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
    case 'clusters': {
      const p = prepareClusters(table, {
        ...common,
        regions: ref.regions,
        industries: ref.industries,
      });
      const issues = [...p.issues];
      const memberProvenance = Provenance.parse(provenance);
      const clusters = p.records.map((r) => {
        const members = [];
        for (const m of r.members) {
          const res = matcher.resolve(m);
          // A membership carries its own provenance: the file that states it.
          if ('id' in res) members.push({ organization: res.id, provenance: memberProvenance });
          else
            issues.push({
              file: table.file,
              row: r.rows[0],
              column: p.mapping.fields.members ?? 'members',
              value: m.text,
              reason: res.problem,
              code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
            });
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
    case 'indicators': {
      const p = prepareIndicators(table, { ...common, regions: ref.regions });
      const issues = [...p.issues];
      const values = p.records.flatMap((v, i) => {
        if (v.subjectType !== 'organization') return [v];
        const res = matcher.resolve({ text: v.subject, by: 'id-or-name' });
        if ('id' in res) return [{ ...v, subject: res.id }];
        issues.push({
          file: table.file,
          row: p.recordRows[i][0],
          column: p.mapping.fields.subject ?? 'subject',
          value: v.subject,
          reason: res.problem,
          code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
        });
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
    case 'region-statistics': {
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
  }
}

/** Who and what the change history records of this import's writes (the source: each record's own). */
function changeContext(opts: ImportOptions): ChangeContext {
  return { by: opts.by ?? null, dataYear: opts.provenance?.year };
}

/** The import log keeps at most 1,000 matches and candidates, as it does issues. */
function loggedResolution(report: ImportReport): Partial<ImportReport> {
  const r = report.resolution;
  if (!r) return {};
  return {
    resolution: { ...r, matched: r.matched.slice(0, 1000), queued: r.queued.slice(0, 1000) },
  };
}

/** Say so when the text encoding was guessed as Big5 or UTF-16 (not declared, no byte-order mark). */
function encodingWarnings(table: Table): AtlasWarning[] {
  if (table.encodingHow !== 'detected' || !table.encoding || table.encoding === 'gb18030')
    return [];
  const name = {
    big5: 'Big5 (traditional Chinese)',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
  };
  return [
    warning(
      'ATLAS_W_ENCODING_DETECTED',
      `${table.file} was read as ${name[table.encoding as keyof typeof name] ?? table.encoding}, detected from its bytes`,
      { file: table.file, encoding: table.encoding },
    ),
  ];
}
