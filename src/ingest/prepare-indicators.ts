import { warning, type AtlasWarning } from '../core/errors.ts';
import type { FieldOf } from './aliases.ts';
import { IndicatorRecord } from './indicator-record.ts';
import type { RegionLookup } from './lookups.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import { parseNumber, parseYear } from './parse-number.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import { RegionReport } from './region-report.ts';
import type { RowIssue } from './row-issue.ts';
import type { Table } from './table.ts';
import { toHalfWidth } from './text.ts';
import { unmappedWarning } from './unmapped-warning.ts';
import { rowContext, schemaIssues, type RowContext } from './row-context.ts';

type Field = FieldOf<'indicators'>;
type SubjectType = IndicatorRecord['subjectType'];

export interface PrepareIndicatorsContext {
  regions: RegionLookup;
  map?: Readonly<Record<string, string>>;
  defaultProvenance: ProvenanceInput;
  /** Subject type of rows without a subject-type cell (default "region"). */
  subjectType?: SubjectType;
  onProgress?: OnProgress;
}

export interface PreparedIndicators {
  kind: 'indicators';
  file: string;
  rowsRead: number;
  records: IndicatorRecord[];
  recordRows: number[][];
  issues: RowIssue[];
  warnings: AtlasWarning[];
  /** Repeated rows with the same value, kept once. */
  merges: { key: string; rows: number[] }[];
  mapping: ColumnMapping<Field>;
}

const SUBJECT_TYPES: Record<string, SubjectType> = {
  region: 'region',
  地区: 'region',
  区域: 'region',
  行政区: 'region',
  cluster: 'cluster',
  集群: 'cluster',
  产业集群: 'cluster',
  organization: 'organization',
  organisation: 'organization',
  企业: 'organization',
  机构: 'organization',
  firm: 'organization',
};

/**
 * Validates indicator values in long form (subject, indicator, year, value,
 * unit). Region subjects must resolve to a GB/T 2260 code. The same subject,
 * indicator and year twice is kept once when the values agree and is an
 * invalid row (ATLAS_E_ROW_DUPLICATE_CONFLICT) when they do not.
 */
export function prepareIndicators(table: Table, ctx: PrepareIndicatorsContext): PreparedIndicators {
  const mapping = mapColumns(table, 'indicators', ctx.map);
  const col = mapping.fields;
  const regionReport = new RegionReport();
  const issues: RowIssue[] = [];
  const byKey = new Map<string, { record: IndicatorRecord; rows: number[] }>();
  const tick = progressTicker(table.rows.length, ctx.onProgress);

  table.rows.forEach((_, i) => {
    tick(i);
    const r = rowContext<Field>(table, i, col);
    const { rowNo, issues: rowIssues, cell, raw, bad } = r;

    const { subjectType, subject } = rowSubject(ctx, regionReport, col, r);
    const indicator = cell('indicator');
    if (indicator === '')
      bad('indicator', '', 'the indicator is empty', 'ATLAS_E_ROW_MISSING_VALUE');
    const year = parseYear(raw('year'));
    if (!year.ok) bad('year', cell('year'), year.reason, 'ATLAS_E_ROW_BAD_YEAR');
    const value = parseNumber(raw('value'));
    if (!value.ok) bad('value', cell('value'), value.reason, 'ATLAS_E_ROW_BAD_NUMBER');

    if (rowIssues.length > 0 || !year.ok || !value.ok) {
      issues.push(...rowIssues);
      return;
    }
    const parsed = IndicatorRecord.safeParse({
      subjectType,
      subject,
      indicator,
      year: year.value ?? undefined,
      value: value.value,
      unit: cell('unit') || undefined,
      provenance:
        cell('source') === ''
          ? ctx.defaultProvenance
          : { ...ctx.defaultProvenance, source: cell('source') },
    });
    if (!parsed.success) {
      issues.push(...schemaIssues(table.file, rowNo, parsed.error));
      return;
    }
    const key = [subjectType, subject, indicator, year.value ?? ''].join('\u001f');
    const conflict = keepIndicator(byKey, key, parsed.data, rowNo);
    if (conflict)
      issues.push({
        file: table.file,
        row: rowNo,
        column: col.value as string,
        value: cell('value'),
        reason: conflict,
        code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT',
      });
  });
  tick(table.rows.length);
  issues.sort((a, b) => a.row - b.row);

  const entries = [...byKey.entries()];
  const merges = entries
    .filter(([, e]) => e.rows.length > 1)
    .map(([k, e]) => ({ key: k.split('\u001f').join(' | '), rows: e.rows }));
  const warnings = indicatorWarnings(table.file, mapping, regionReport, merges.length);
  return {
    kind: 'indicators',
    file: table.file,
    rowsRead: table.rows.length,
    records: entries.map(([, e]) => e.record),
    recordRows: entries.map(([, e]) => e.rows),
    issues,
    warnings,
    merges,
    mapping,
  };
}

/** The row's subject: a region resolves to its GB/T 2260 code (a guess is reported). */
function rowSubject(
  ctx: PrepareIndicatorsContext,
  regionReport: RegionReport,
  col: ColumnMapping<Field>['fields'],
  { rowNo, cell, bad }: RowContext<Field>,
): { subjectType: IndicatorRecord['subjectType']; subject: string } {
  let subjectType = ctx.subjectType ?? 'region';
  if (cell('subjectType') !== '') {
    const t = SUBJECT_TYPES[toHalfWidth(cell('subjectType')).toLowerCase()];
    if (t) subjectType = t;
    else
      bad(
        'subjectType',
        cell('subjectType'),
        'use region (地区), cluster (集群) or organization (企业)',
        'ATLAS_E_ROW_UNKNOWN_VALUE',
      );
  }
  let subject = cell('subject');
  if (subject === '') bad('subject', '', 'the subject is empty', 'ATLAS_E_ROW_MISSING_VALUE');
  else if (subjectType === 'region') {
    const r = ctx.regions.resolve(subject);
    if (!r) bad('subject', subject, `region "${subject}" not found`, 'ATLAS_E_ROW_UNKNOWN_REGION');
    else {
      if (r.guessed)
        regionReport.add(
          {
            guesses: [{ field: 'region', text: subject, region: r.region, how: r.how }],
            unresolved: [],
          },
          rowNo,
          { region: col.subject },
        );
      subject = r.region.code;
    }
  }
  return { subjectType, subject };
}

/**
 * Keeps a value once per subject, indicator and year: a repeat with the same
 * value joins the first row's, another value is a conflict (its reason).
 */
function keepIndicator(
  byKey: Map<string, { record: IndicatorRecord; rows: number[] }>,
  key: string,
  record: IndicatorRecord,
  rowNo: number,
): string | undefined {
  const prev = byKey.get(key);
  if (!prev) byKey.set(key, { record, rows: [rowNo] });
  else if (prev.record.value === record.value) prev.rows.push(rowNo);
  else
    return `row ${prev.rows[0]} gives ${prev.record.value} for the same subject, indicator and year`;
  return undefined;
}

function indicatorWarnings(
  file: string,
  mapping: ColumnMapping<Field>,
  regionReport: RegionReport,
  merges: number,
): AtlasWarning[] {
  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...regionReport.warnings(file));
  if (merges > 0) {
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${file}: ${merges} repeated indicator values kept once`,
        {
          file,
          merges,
        },
      ),
    );
  }
  return warnings;
}
