import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AtlasError, warning, type AtlasWarning } from '../../core/errors.ts';
import { UNDOABLE_IMPORT_KINDS } from '../../core/model/import-vocabulary.ts';
import { PROGRESS_MIN_ROWS } from '../../ingest/progress.ts';
import type { ProvenanceInput } from '../../ingest/provenance-input.ts';
import { readTable } from '../../ingest/read-table.ts';
import { rejectsCsv } from '../../ingest/rejects-csv.ts';
import { screenTable } from '../../ingest/screen-table.ts';
import type { Table } from '../../ingest/table.ts';
import type { Duck } from '../../store/duck.ts';
import { recordImport } from '../../store/import-history.ts';
import { logImport } from '../../store/imports.ts';
import { orgKeys } from '../../store/queries/org-keys.ts';
import type { ImportReport } from './import-report.ts';
import { OrgMatcher } from './org-matcher.ts';
import { planFor, type Plan } from './plan-for-kind.ts';
import { stageOrganizations, type StagedOrganizations } from './stage-organizations.ts';
import type { ImportOptions } from './import-options.ts';

export type { ImportOptions } from './import-options.ts';

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
  const plan = await planOf(db, table, opts, provenance, matcher, staged);
  if (plan.issues.length > 0 && !opts.skipInvalid) {
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${plan.issues.length} invalid row issue(s) in ${path}; nothing was written`,
      { file: path, rows: plan.issues },
    );
  }
  const report = reportOf(path, table, opts, plan, matcher);
  const { written, importId } = opts.dryRun
    ? { written: 0, importId: undefined }
    : await writePlan(db, path, opts, plan, report, provenance);
  if (opts.skipInvalid && plan.issues.length > 0) {
    writeFileSync(opts.skipInvalid, rejectsCsv(table, plan.issues));
    report.rejectsFile = opts.skipInvalid;
    report.warnings.push(
      warning('ATLAS_W_ROWS_SKIPPED', `${report.invalidRows} invalid row(s) skipped`, {
        rejects: opts.skipInvalid,
      }),
    );
  }
  return { ...report, written, importId };
}

/** The plan of the whole file: the rows checked in the database (if staged) and the table's. */
async function planOf(
  db: Duck,
  table: Table,
  opts: ImportOptions,
  provenance: ProvenanceInput,
  matcher: OrgMatcher,
  staged: StagedOrganizations | undefined,
): Promise<Plan> {
  const plainRows = staged?.plainRows ?? 0;
  if (staged && plainRows + table.rows.length === 0) {
    throw new AtlasError('ATLAS_E_FILE_EMPTY', `${table.file} has a header but no data rows`, {
      file: table.file,
    });
  }
  // Every cell passes the text rule first; its refused rows never reach a kind's preparation.
  const screened = screenTable(table, { acceptGarbled: opts.acceptGarbled });
  const prepared = await planFor(db, screened.table, opts, provenance, matcher, staged);
  return {
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
    write: async (tx, onRows) =>
      (staged ? await staged.write(tx, onRows) : 0) + (await prepared.write(tx)),
  };
}

/** The import's report before anything is written. */
function reportOf(
  path: string,
  table: Table,
  opts: ImportOptions,
  plan: Plan,
  matcher: OrgMatcher,
): ImportReport & { warnings: AtlasWarning[] } {
  return {
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
    warnings: [...plan.warnings],
    merges: plan.merges,
    unresolvedIndustryLabels: plan.unresolvedIndustryLabels,
    resolution: plan.resolution,
  };
}

/** Writes the plan and logs the import, in one transaction. */
async function writePlan(
  db: Duck,
  path: string,
  opts: ImportOptions,
  plan: Plan,
  report: ImportReport,
  provenance: ProvenanceInput,
): Promise<{ written: number; importId: string | undefined }> {
  let written = 0;
  let importId: string | undefined;
  const progress = plan.records > PROGRESS_MIN_ROWS ? opts.onProgress : undefined;
  progress?.(0, plan.records, 'write');
  await db.transaction(async (tx) => {
    // The staged write is a few statements: progress after each, so the write has a rate.
    written = await plan.write(tx, progress && ((rows) => progress(rows, plan.records, 'write')));
    // Its one history record, whichever path its rows took (the staged path has written it
    // already): undo-import finds the import's changes by it.
    if (opts.importId && UNDOABLE_IMPORT_KINDS.includes(opts.kind))
      await recordImport(
        tx,
        {
          importId: opts.importId,
          by: opts.by ?? null,
          dataYear: provenance.year,
          source: provenance.source,
        },
        'NULL',
      );
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
  return { written, importId };
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
