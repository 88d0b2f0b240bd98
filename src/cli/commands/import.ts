import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { AtlasError } from '../../core/errors.ts';
import { TEXT_ENCODINGS, type TextEncoding } from '../../core/model/import-vocabulary.ts';
import { importFile, type ImportOptions } from '../../services/import/import-file.ts';
import type { ImportReport } from '../../services/import/import-report.ts';
import { withAtlas } from '../../services/open-atlas.ts';
import { audited, cliActor } from '../audit.ts';
import { printResolution } from './print-import-resolution.ts';
import { resolveFormat, say } from '../output.ts';
import { numberOption } from '../options/number-option.ts';
import { progressBar } from '../output/progress-bar.ts';

function collectMap(value: string, previous: Record<string, string>): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0 || eq === value.length - 1)
    throw new AtlasError('ATLAS_E_USAGE', `--map takes field=header, got "${value}"`);
  return { ...previous, [value.slice(0, eq).trim()]: value.slice(eq + 1).trim() };
}

/** `--reviewed ROW=new` or `--reviewed ROW=ID`: a person's decision on a row held for review. */
function collectReviewed(value: string, previous: Record<number, string>): Record<number, string> {
  const eq = value.indexOf('=');
  const row = value.slice(0, eq).trim();
  const decided = value.slice(eq + 1).trim();
  if (eq <= 0 || !/^[1-9]\d{0,8}$/.test(row) || decided === '')
    throw new AtlasError(
      'ATLAS_E_USAGE',
      `--reviewed takes ROW=new or ROW=ID (a row of the file and an organisation's id), got "${value}"`,
    );
  return { ...previous, [Number(row)]: decided };
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import organisations, links, clusters, indicators or regional statistics from CSV, XLSX, JSON or Parquet',
    )
    .argument('<file>', 'the file to import (CSV in UTF-8 or GB18030, XLSX, JSON, Parquet)')
    .addOption(
      new Option('--kind <kind>', 'what the file holds')
        .choices(['organizations', 'links', 'clusters', 'indicators', 'region-statistics'])
        .makeOptionMandatory(),
    )
    .option('--db <path>', 'database file (default $ATLAS_DB or ./atlas.duckdb)')
    .option('--dry-run', 'validate and report; write nothing')
    .option(
      '--skip-invalid <rejects.csv>',
      'load the valid rows; write the invalid ones with reasons here',
    )
    .option(
      '--map <field=header>',
      'map a field to a header explicitly (repeatable)',
      collectMap,
      {},
    )
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .addOption(
      new Option(
        '--encoding <encoding>',
        'CSV/JSON text encoding (default: detected; Big5 and UTF-16 are said so)',
      ).choices([...TEXT_ENCODINGS]),
    )
    .option('--accept-garbled', 'take text that looks mis-decoded (乱码) as written')
    .option('--source <text>', 'provenance source of the records (default: the file name)')
    .option(
      '--year <year>',
      'the year the data describe (provenance; default: the year column, else unknown)',
      (v: string) => numberOption.whole('year', v, 1900, 2100),
    )
    .option(
      '--queued-as-new',
      'organisations: write rows whose atlas candidate is uncertain as new, instead of holding them for review',
    )
    .option(
      '--reviewed <row=decision>',
      'organisations: decide a row held for review: ROW=new writes it as a new organisation, ROW=ID merges it into that organisation (repeatable)',
      collectReviewed,
      {},
    )
    .option('--format <format>', 'table | json | csv (the report)')
    .addHelpText(
      'after',
      '\nHeaders are matched by Chinese and English aliases (名称/name, 统一社会信用代码/uscc, 省份/province, …).\nThe whole import writes nothing if any row is invalid, unless --skip-invalid is given.\nregion-statistics: a yearbook table (地区, 行业, 年份, 从业人员, 营业收入, 工业总产值) by province or prefecture and GB/T 4754 division; templates in data/templates/.',
    )
    .action(runImport);
}

async function runImport(file: string, opts: ImportCliOptions): Promise<void> {
  const progress = progressBar();
  const report = await withAtlas({ path: opts.db }, (db) => {
    const run = () => importFile(db, file, importOptions(opts, progress.onProgress));
    // A dry run writes nothing; a real one, done or refused, goes to the audit log.
    if (opts.dryRun) return run();
    return audited(db, `atlas import --kind ${opts.kind}`, resolve(file), run, (r) => ({
      kind: r.kind,
      rowsRead: r.rowsRead,
      written: r.written,
      updated: r.updated,
      invalidRows: r.invalidRows,
      importId: r.importId ?? null,
    }));
  }).finally(() => progress.stop());
  printReport(report, opts.format);
}

function importOptions(
  opts: ImportCliOptions,
  onProgress: NonNullable<ImportOptions['onProgress']>,
): ImportOptions {
  return {
    kind: opts.kind,
    dryRun: opts.dryRun,
    skipInvalid: opts.skipInvalid,
    map: opts.map,
    sheet: opts.sheet,
    encoding: opts.encoding,
    acceptGarbled: opts.acceptGarbled,
    provenance: {
      ...(opts.source ? { source: opts.source } : {}),
      ...(opts.year ? { year: opts.year } : {}),
    },
    by: cliActor().actor,
    queuedAsNew: opts.queuedAsNew,
    reviewed: Object.keys(opts.reviewed).length ? opts.reviewed : undefined,
    onProgress,
  };
}
interface ImportCliOptions {
  kind: ImportOptions['kind'];
  db?: string;
  dryRun?: boolean;
  skipInvalid?: string;
  map: Record<string, string>;
  sheet?: string;
  encoding?: TextEncoding;
  acceptGarbled?: boolean;
  source?: string;
  year?: number;
  queuedAsNew?: boolean;
  reviewed: Record<number, string>;
  format?: string;
}

function printReport(r: ImportReport, format?: string): void {
  if (resolveFormat(format) === 'json') {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return;
  }
  const verb = r.dryRun ? 'would write' : 'wrote';
  say(
    `${r.file} (${r.format}${r.encoding ? ', ' + r.encoding : ''}): ${r.rowsRead} rows read, ${r.records} ${r.kind} after merging, ${verb} ${r.dryRun ? r.records : r.written} (${r.updated} already in the atlas)`,
  );
  say(
    `columns: ${Object.entries(r.mapping)
      .map(([f, h]) => `${f}←${h}`)
      .join(', ')}`,
  );
  if (r.unmappedColumns.length) say(`unmapped columns (ignored): ${r.unmappedColumns.join(', ')}`);
  if (r.merges.length) say(`merged duplicates: ${r.merges.length}`);
  if (r.resolution) printResolution(r.resolution);
  for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
  if (r.unresolvedIndustryLabels.length) {
    const top = r.unresolvedIndustryLabels.slice(0, 15).map((l) => `${l.label} (${l.count})`);
    say(
      `industry labels kept (not GB/T 4754): ${r.unresolvedIndustryLabels.length} — ${top.join(', ')}${r.unresolvedIndustryLabels.length > 15 ? ', …' : ''}`,
    );
  }
  if (r.rejectsFile) say(`rejected rows written to ${r.rejectsFile}`);
}
