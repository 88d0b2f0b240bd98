import { AtlasError, warning, type AtlasWarning } from '../core/errors.ts';
import type { Industry } from '../core/model/industry.ts';
import { RegionStatistic } from '../core/model/region-statistic.ts';
import type { Region } from '../core/model/region.ts';
import type { FieldOf } from './aliases.ts';
import type { IndustryLookup, RegionLookup } from './lookups.ts';
import { mapColumns, type ColumnMapping } from './map-columns.ts';
import { parseNumber, parseYear } from './parse-number.ts';
import { progressTicker, type OnProgress } from './progress.ts';
import type { ProvenanceInput } from './provenance-input.ts';
import { RegionReport } from './region-report.ts';
import { rowContext, schemaIssues, type RowContext } from './row-context.ts';
import type { RowIssue } from './row-issue.ts';
import type { Table } from './table.ts';
import { unmappedWarning } from './unmapped-warning.ts';

type Field = FieldOf<'region-statistics'>;

export interface PrepareRegionStatisticsContext {
  regions: RegionLookup;
  /** With `children`, a section with a single division (K 房地产业) is read as that division. */
  industries: IndustryLookup & { children?(code: string): readonly Industry[] };
  map?: Readonly<Record<string, string>>;
  defaultProvenance: ProvenanceInput;
  onProgress?: OnProgress;
}

export interface PreparedRegionStatistics {
  kind: 'region-statistics';
  file: string;
  rowsRead: number;
  records: RegionStatistic[];
  recordRows: number[][];
  issues: RowIssue[];
  warnings: AtlasWarning[];
  /** Repeated rows with the same figures, kept once. */
  merges: { key: string; rows: number[] }[];
  mapping: ColumnMapping<Field>;
}

/** Each measure: the column in the target unit, and the column in a larger unit with its factor. */
const MEASURES = [
  { field: 'employees', scaled: 'employees10k', factor: 10_000, unit: '万人' },
  { field: 'revenue', scaled: 'revenue100m', factor: 10_000, unit: '亿元' },
  { field: 'output', scaled: 'output100m', factor: 10_000, unit: '亿元' },
] as const;

const LEVEL_NAME: Record<number, string> = {
  1: 'a section (门类)',
  3: 'a group (中类)',
  4: 'a class (小类)',
};

/**
 * Validates a statistical-yearbook table: one row per region (a province or
 * prefecture, by GB/T 2260 code or name, or by province and city columns),
 * GB/T 4754-2017 division (code or name), year, and at least one of
 * employees, revenue, output. Columns in 万人 or 亿元 (by their header) are
 * converted to persons and 万元. A county, a section, group or class, a
 * total row (合计) or a negative figure is an invalid row with its file, row
 * and column; the same region, division and year twice is kept once when the
 * figures agree and is ATLAS_E_ROW_DUPLICATE_CONFLICT when they do not.
 */
export function prepareRegionStatistics(
  table: Table,
  ctx: PrepareRegionStatisticsContext,
): PreparedRegionStatistics {
  const mapping = mapColumns(table, 'region-statistics', ctx.map);
  const col = mapping.fields;
  requireColumns(table, col);
  const st: StatisticRows = {
    table,
    ctx,
    col,
    regionReport: new RegionReport(),
    issues: [],
    byKey: new Map<string, { record: RegionStatistic; rows: number[] }>(),
  };
  const tick = progressTicker(table.rows.length, ctx.onProgress);
  table.rows.forEach((_, i) => {
    tick(i);
    addStatisticRow(st, i);
  });
  tick(table.rows.length);
  const { issues, byKey } = st;
  issues.sort((a, b) => a.row - b.row);

  const entries = [...byKey.entries()];
  const merges = entries
    .filter(([, e]) => e.rows.length > 1)
    .map(([key, e]) => ({ key, rows: e.rows }));
  const warnings: AtlasWarning[] = [];
  const unmapped = unmappedWarning(table.file, mapping.unmapped);
  if (unmapped) warnings.push(unmapped);
  warnings.push(...st.regionReport.warnings(table.file));
  if (merges.length > 0)
    warnings.push(
      warning(
        'ATLAS_W_DUPLICATE_MERGED',
        `${table.file}: ${merges.length} repeated rows (same region, division, year and figures) kept once`,
        { file: table.file, merges: merges.length },
      ),
    );
  return {
    kind: 'region-statistics',
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

/** A table without a region column or without any measure column is refused whole. */
function requireColumns(table: Table, col: ColumnMapping<Field>['fields']): void {
  if (!col.region && !col.province && !col.city) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${table.file}: no column for the region (地区/行政区划代码/region, or 省份/province and 城市/city); headers seen: ${table.columns.join(', ')}`,
      { file: table.file, missing: ['region'], headers: table.columns },
    );
  }
  if (!MEASURES.some((m) => col[m.field] || col[m.scaled])) {
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${table.file}: no column for a measure (从业人员/employees, 营业收入/revenue, 工业总产值/output); headers seen: ${table.columns.join(', ')}`,
      { file: table.file, missing: ['employees', 'revenue', 'output'], headers: table.columns },
    );
  }
}

/** The state of one statistics table while its rows are read. */
interface StatisticRows {
  table: Table;
  ctx: PrepareRegionStatisticsContext;
  col: ColumnMapping<Field>['fields'];
  regionReport: RegionReport;
  issues: RowIssue[];
  byKey: Map<string, { record: RegionStatistic; rows: number[] }>;
}

type Values = Record<(typeof MEASURES)[number]['field'], number | null>;

function addStatisticRow(st: StatisticRows, i: number): void {
  const { table, ctx, col } = st;
  const r = rowContext<Field>(table, i, col);
  const { rowNo, issues: rowIssues, cell, raw, bad } = r;
  const region = resolveRegion(ctx.regions, cell, bad);
  if (region && region.guess)
    st.regionReport.add(
      {
        guesses: [
          {
            field: region.field,
            text: cell(region.field),
            region: region.region,
            how: region.how,
          },
        ],
        unresolved: [],
      },
      rowNo,
      { region: col.region, province: col.province, city: col.city },
    );
  const industry = resolveIndustry(ctx.industries, cell('industry'), bad);
  const year = parseYear(raw('year'));
  if (!year.ok) bad('year', cell('year'), year.reason, 'ATLAS_E_ROW_BAD_YEAR');
  else if (year.value === null) bad('year', '', 'the year is empty', 'ATLAS_E_ROW_MISSING_VALUE');
  const values = rowValues(r, col);
  if (rowIssues.length > 0 || !region || !industry || !year.ok || year.value === null) {
    st.issues.push(...rowIssues);
    return;
  }
  const parsed = RegionStatistic.safeParse({
    region: region.region.code,
    regionLevel: region.region.level,
    industry,
    year: year.value,
    ...values,
    provenance:
      cell('source') === ''
        ? ctx.defaultProvenance
        : { ...ctx.defaultProvenance, source: cell('source') },
  });
  if (!parsed.success) {
    st.issues.push(...schemaIssues(table.file, rowNo, parsed.error));
    return;
  }
  keepStatistic(st, parsed.data, rowNo);
}

/** The measures of a row, in persons and 万元; at least one must be given. */
function rowValues(
  { issues, cell, raw, bad }: RowContext<Field>,
  col: ColumnMapping<Field>['fields'],
): Values {
  const values: Values = { employees: null, revenue: null, output: null };
  for (const m of MEASURES) {
    let v: number | null = null;
    for (const [f, factor] of [
      [m.field, 1],
      [m.scaled, m.factor],
    ] as const) {
      if (!col[f]) continue;
      const n = parseNumber(raw(f));
      if (!n.ok) bad(f, cell(f), n.reason, 'ATLAS_E_ROW_BAD_NUMBER');
      else if (n.value !== null && n.value < 0)
        bad(f, cell(f), `${m.field} cannot be negative`, 'ATLAS_E_ROW_NEGATIVE');
      else if (n.value !== null && v !== null)
        bad(
          f,
          cell(f),
          `${m.field} is given twice (${col[m.field]} and ${col[m.scaled]}): keep one column`,
          'ATLAS_E_ROW_DUPLICATE_CONFLICT',
        );
      else if (n.value !== null) v = n.value * factor;
    }
    values[m.field] = v;
  }
  if (issues.length === 0 && MEASURES.every((m) => values[m.field] === null)) {
    const first = MEASURES.map((m) => (col[m.field] ? m.field : m.scaled)).find((f) => col[f]);
    bad(
      first ?? '',
      '',
      'give at least one of employees, revenue, output',
      'ATLAS_E_ROW_MISSING_VALUE',
    );
  }
  return values;
}

/** The same region, division and year again: kept once when the figures agree, else refused. */
function keepStatistic(st: StatisticRows, record: RegionStatistic, rowNo: number): void {
  const key = [record.region, record.industry, record.year].join(' | ');
  const prev = st.byKey.get(key);
  const same = (a: RegionStatistic, b: RegionStatistic) =>
    a.employees === b.employees && a.revenue === b.revenue && a.output === b.output;
  if (!prev) st.byKey.set(key, { record, rows: [rowNo] });
  else if (same(prev.record, record)) prev.rows.push(rowNo);
  else
    st.issues.push({
      file: st.table.file,
      row: rowNo,
      column: '',
      value: key,
      reason: `row ${prev.rows[0]} gives other figures for the same region, division and year`,
      code: 'ATLAS_E_ROW_DUPLICATE_CONFLICT',
    });
}

type Bad = (
  f: Field | '',
  value: string,
  reason: string,
  code:
    | 'ATLAS_E_ROW_MISSING_VALUE'
    | 'ATLAS_E_ROW_UNKNOWN_REGION'
    | 'ATLAS_E_ROW_UNKNOWN_VALUE'
    | 'ATLAS_E_ROW_REGION_CONFLICT'
    | 'ATLAS_E_ROW_UNKNOWN_INDUSTRY',
) => void;

/**
 * The row's province or prefecture: the city column (within the province
 * column's province), else the region column, else the province column.
 */
function resolveRegion(
  regions: RegionLookup,
  cell: (f: Field) => string,
  bad: Bad,
): { region: Region; field: 'region' | 'province' | 'city'; guess: boolean; how: string } | null {
  let province: Region | undefined;
  if (cell('province') !== '') {
    const p = regions.resolve(cell('province'), { expect: 'province' });
    if (!p || p.region.level !== 'province') {
      bad(
        'province',
        cell('province'),
        `province "${cell('province')}" not found`,
        'ATLAS_E_ROW_UNKNOWN_REGION',
      );
      return null;
    }
    province = p.region;
  }
  const field =
    cell('city') !== '' ? 'city' : cell('region') !== '' ? 'region' : province ? 'province' : null;
  if (field === null) {
    bad('region', '', 'the region is empty', 'ATLAS_E_ROW_MISSING_VALUE');
    return null;
  }
  if (field === 'province' && province)
    return { region: province, field, guess: false, how: 'province' };
  const text = cell(field);
  const r = regions.resolve(text, {
    province: province?.code,
    expect: field === 'city' ? 'prefecture' : undefined,
  });
  if (!r) {
    bad(
      field,
      text,
      `region "${text}" not found (a GB/T 2260 code or a full name)`,
      'ATLAS_E_ROW_UNKNOWN_REGION',
    );
    return null;
  }
  if (r.region.level === 'county') {
    bad(
      field,
      text,
      `${r.region.nameZh} (${r.region.code}) is a county: statistics are by province or prefecture`,
      'ATLAS_E_ROW_UNKNOWN_VALUE',
    );
    return null;
  }
  if (province && !r.region.code.startsWith(province.code.slice(0, 2))) {
    bad(
      field,
      text,
      `${r.region.nameZh} (${r.region.code}) does not lie in ${province.nameZh}`,
      'ATLAS_E_ROW_REGION_CONFLICT',
    );
    return null;
  }
  return { region: r.region, field, guess: r.guessed, how: r.how };
}

/** The GB/T 4754-2017 division of an industry cell, or null with the row's issue. */
function resolveIndustry(
  industries: PrepareRegionStatisticsContext['industries'],
  text: string,
  bad: Bad,
): string | null {
  if (text === '') {
    bad('industry', '', 'the industry is empty', 'ATLAS_E_ROW_MISSING_VALUE');
    return null;
  }
  let ind = industries.resolve(text);
  if (ind && ind.level === 1) {
    const kids = industries.children?.(ind.code) ?? [];
    if (kids.length === 1) ind = kids[0];
  }
  if (!ind || ind.scheme !== 'GB/T4754-2017') {
    bad(
      'industry',
      text,
      `"${text}" is not a GB/T 4754-2017 division (a total row such as 合计 is left out of the table)`,
      'ATLAS_E_ROW_UNKNOWN_INDUSTRY',
    );
    return null;
  }
  if (ind.level !== 2) {
    const division = ind.level > 2 ? ind.code.slice(0, 2) : null;
    bad(
      'industry',
      text,
      `${ind.code} ${ind.nameZh} is ${LEVEL_NAME[ind.level]}: statistics are by division (2 digits)${division ? `, e.g. ${division}` : ''}`,
      'ATLAS_E_ROW_UNKNOWN_INDUSTRY',
    );
    return null;
  }
  return ind.code;
}
