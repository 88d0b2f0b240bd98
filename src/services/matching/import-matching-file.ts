import { AtlasError } from '../../core/errors.ts';
import { headerKey } from '../../ingest/text.ts';
import { readTable, type Cell, type RowIssue } from '../../ingest/index.ts';
import type { Duck } from '../../store/duck.ts';
import { existingOrganizations, upsertRows } from '../../store/matching.ts';
import { invalidateMatching } from './matching-cache.ts';
import { newId, stamp } from './now.ts';
import { capabilityRecord } from './post-capability.ts';
import { demandRecord } from './post-demand.ts';
import { CapabilityInput, DemandInput } from './schemas.ts';

export type MatchingFileKind = 'demands' | 'capabilities';

type FieldSpec = { aliases: string[]; type: 'text' | 'list' | 'number' };

const organization: FieldSpec = {
  aliases: [
    'organization',
    'org',
    '机构',
    '机构id',
    '企业',
    '企业id',
    '组织',
    '需求方',
    '供应方',
    '供方',
  ],
  type: 'text',
};
const common: Record<string, FieldSpec> = {
  id: { aliases: ['id', '编号'], type: 'text' },
  organization,
  title: { aliases: ['title', '标题', '名称', '产品', '需求'], type: 'text' },
  description: { aliases: ['description', '描述', '说明'], type: 'text' },
  kind: { aliases: ['kind', '类型', '类别'], type: 'text' },
  nodes: { aliases: ['nodes', 'node', '环节', '产业链环节', '行业代码'], type: 'list' },
};

/** Fields of each file kind, with the headers (zh/en) that name them. */
const FIELDS: Record<MatchingFileKind, Record<string, FieldSpec>> = {
  demands: {
    ...common,
    specification: { aliases: ['specification', 'spec', '规格', '技术要求'], type: 'text' },
    quantity: { aliases: ['quantity', '数量', '需求量'], type: 'number' },
    unit: { aliases: ['unit', '单位'], type: 'text' },
    region: { aliases: ['region', '地区', '地区代码'], type: 'text' },
    deadline: { aliases: ['deadline', '截止日期', '期限'], type: 'text' },
    visibility: { aliases: ['visibility', '可见范围', '公开范围'], type: 'text' },
    cluster: { aliases: ['cluster', '集群'], type: 'text' },
    invited: { aliases: ['invited', '邀请', '邀请企业'], type: 'list' },
  },
  capabilities: {
    ...common,
    products: { aliases: ['products', '产品', '主要产品'], type: 'list' },
    processes: { aliases: ['processes', '工艺', '加工工艺'], type: 'list' },
    certifications: { aliases: ['certifications', '认证', '资质'], type: 'list' },
    capacity: { aliases: ['capacity', '产能'], type: 'text' },
  },
};
// A capability's products are its own column; its title is not "产品".
FIELDS.capabilities.title = { aliases: ['title', '标题', '名称', '能力'], type: 'text' };

const REQUIRED = ['organization', 'title'];

function cellValue(c: Cell, type: FieldSpec['type']): unknown {
  if (c === null || String(c).trim() === '') return undefined;
  if (type === 'number') return typeof c === 'number' ? c : Number(String(c).trim());
  if (type === 'list')
    return String(c)
      .split(/[;；,，、|]/)
      .map((x) => x.trim())
      .filter(Boolean);
  return String(c).trim();
}

/**
 * Imports demands or capabilities from a CSV (UTF-8 or GB18030), XLSX, JSON
 * or Parquet file with zh or en headers (组织/机构, 标题, 规格, 数量, …; lists
 * split on 、 ; , |). Every row is checked first — the schema of a posted
 * demand or capability, and that its organisation (and invited firms) exist —
 * and any bad row fails the whole file with ATLAS_E_INVALID_ROWS listing file,
 * row, column and reason; nothing is written then. Good files are written in
 * one transaction.
 */
export async function importMatchingFile(
  db: Duck,
  kind: MatchingFileKind,
  path: string,
  opts: { sheet?: string; now?: Date | string } = {},
): Promise<{ written: number; ids: string[] }> {
  const table = await readTable(path, { sheet: opts.sheet });
  const fields = FIELDS[kind];
  const columnOf = matchingColumns(table.columns, fields, path);

  const schema = kind === 'demands' ? DemandInput : CapabilityInput;
  const issues: RowIssue[] = [];
  const parsed: { row: number; value: ReturnType<typeof schema.parse> }[] = [];
  const inputs: { row: number; organization?: string; invited?: string[] }[] = [];
  table.rows.forEach((r, k) => {
    const input: Record<string, unknown> = {};
    for (const [field, col] of columnOf) input[field] = cellValue(r[col], fields[field].type);
    inputs.push({
      row: table.rowNumbers[k],
      organization: input.organization as string | undefined,
      invited: input.invited as string[] | undefined,
    });
    const out = schema.safeParse(input);
    if (out.success) parsed.push({ row: table.rowNumbers[k], value: out.data });
    else
      for (const i of out.error.issues) {
        const column = columnOf.get(String(i.path[0] ?? '')) ?? '';
        issues.push({
          file: path,
          row: table.rowNumbers[k],
          column,
          value: column ? String(r[column] ?? '') : '',
          reason: `${String(i.path[0] ?? kind)}: ${i.message}`,
          code: 'ATLAS_E_ROW_INVALID',
        });
      }
  });

  // Every row's references are checked, valid or not, so one pass lists every problem.
  const refs = new Set<string>();
  for (const x of inputs)
    for (const o of [x.organization, ...(x.invited ?? [])]) if (o) refs.add(o);
  const known = await existingOrganizations(db, [...refs]);
  for (const x of inputs)
    for (const [field, o] of [
      ['organization', x.organization] as const,
      ...(x.invited ?? []).map((i) => ['invited', i] as const),
    ]) {
      if (!o || known.has(o)) continue;
      issues.push({
        file: path,
        row: x.row,
        column: columnOf.get(field) ?? '',
        value: o,
        reason: `no organisation ${o} in the atlas`,
        code: 'ATLAS_E_ROW_UNKNOWN_REFERENCE',
      });
    }
  if (issues.length) {
    issues.sort((a, b) => a.row - b.row);
    const first = issues[0];
    throw new AtlasError(
      'ATLAS_E_INVALID_ROWS',
      `${path}: ${issues.length} problem(s); nothing was written. First: row ${first.row}, column ${first.column || '(row)'}: ${first.reason}`,
      { file: path, rows: issues },
    );
  }

  const at = stamp(opts.now);
  const records = parsed.map((p) => {
    const id = p.value.id ?? newId(kind === 'demands' ? 'dem' : 'cap');
    return kind === 'demands'
      ? demandRecord(p.value as ReturnType<typeof DemandInput.parse>, id, at)
      : capabilityRecord(p.value as ReturnType<typeof CapabilityInput.parse>, id, at);
  });
  await db.transaction((tx) => upsertRows(tx, kind, records));
  invalidateMatching(db, kind);
  return { written: records.length, ids: records.map((r) => r.id) };
}

/** Field → the file's column (by name or alias); a required field without one refuses the file. */
function matchingColumns(
  columns: readonly string[],
  fields: (typeof FIELDS)[MatchingFileKind],
  path: string,
): Map<string, string> {
  const columnOf = new Map<string, string>();
  for (const [field, spec] of Object.entries(fields)) {
    const keys = new Set([field, ...spec.aliases].map(headerKey));
    const col = columns.find((c) => keys.has(headerKey(c)));
    if (col) columnOf.set(field, col);
  }
  const missing = REQUIRED.filter((f) => !columnOf.has(f));
  if (missing.length)
    throw new AtlasError(
      'ATLAS_E_MISSING_COLUMN',
      `${path}: no column for ${missing.join(', ')} (headers: ${columns.join(', ')})`,
      { file: path, missing, columns: columns },
    );
  return columnOf;
}
