/**
 * Reads one table of ../shared/data/cn-io-tables (the NBS tables as R
 * package ionet holds them, converted to CSV) into our IoTableFile.
 *
 * Layout (SOURCE.md there): rows Code / Description / DescriptionInChinese,
 * then the sectors, then TII, VA001…VA004, TVA, TI; columns the sector codes,
 * TIU, the final-use columns, [IM, ERR], GO. The 2017/2018/2020 42-sector
 * tables are non-competitive: an Origin column splits the sector rows into
 * Domestic and Imports (the input rows are TOT), and there is no IM column.
 * We keep z as total use (domestic + imported) and the imported part apart.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { IoTableFile } from '../../src/services/io/io-table.ts';
import { sourcePath } from './paths.ts';
import type { TableSpec } from './tables.ts';

const round = (v: number) => Math.round(v * 100) / 100;
const num = (s: string | undefined): number => {
  if (s === undefined || s === '') return 0;
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`not a number: ${s}`);
  return v;
};

const FINAL_USE = ['FU101', 'FU102', 'THC', 'FU103', 'TC', 'FU201', 'FU202', 'GCF', 'EX'];

export function readIonetCsv(spec: TableSpec): IoTableFile {
  const rows = parse(readFileSync(sourcePath(spec.file), 'utf8'), {
    relax_column_count: false,
  }) as string[][];
  const header = rows[0];
  const col = new Map(header.map((h, i) => [h, i]));
  const at = (name: string) => {
    const i = col.get(name);
    if (i === undefined) throw new Error(`${spec.file}: no column ${name}`);
    return i;
  };
  const nonCompetitive = col.has('Origin');
  const origin = (r: string[]) => (nonCompetitive ? r[at('Origin')] : 'Domestic');
  const body = rows.slice(1);
  const sectorRows = body.filter((r) => /^\d+$/.test(r[1]) && origin(r) === 'Domestic');
  const importRows = body.filter((r) => /^\d+$/.test(r[1]) && origin(r) === 'Imports');
  const n = sectorRows.length;
  if (n !== spec.sectors) throw new Error(`${spec.file}: ${n} sectors, expected ${spec.sectors}`);
  const codes = sectorRows.map((r) => r[1]);
  codes.forEach((c, j) => {
    if (header[at(c)] !== c || at(c) !== at(codes[0]) + j)
      throw new Error(`${spec.file}: column order differs from row order at ${c}`);
  });
  if (nonCompetitive && importRows.map((r) => r[1]).join() !== codes.join())
    throw new Error(`${spec.file}: imported rows differ from domestic rows`);
  const line = (code: string) => {
    const r = body.find((x) => x[1] === code);
    if (!r) throw new Error(`${spec.file}: no row ${code}`);
    return codes.map((c) => round(num(r[at(c)])));
  };
  const cell = (r: string[], name: string) => num(r[at(name)]);
  const imported = (i: number, name: string) => (nonCompetitive ? cell(importRows[i], name) : 0);

  const z = sectorRows.map((r, i) => codes.map((c) => round(cell(r, c) + imported(i, c))));
  const zImported = nonCompetitive
    ? importRows.map((r) => codes.map((c) => round(cell(r, c))))
    : undefined;
  const finalUse: Record<string, number[]> = {};
  for (const f of FINAL_USE)
    if (col.has(f)) finalUse[f] = sectorRows.map((r, i) => round(cell(r, f) + imported(i, f)));
  const perSector = (name: string) =>
    sectorRows.map((r, i) => round(cell(r, name) + imported(i, name)));
  // 2005 has no TFU column: total final use is the sum of its leaf columns.
  const leaves = ['FU101', 'FU102', 'FU103', 'FU201', 'FU202', 'EX'];
  const totalFinalUse = col.has('TFU')
    ? perSector('TFU')
    : sectorRows.map((r) => round(leaves.reduce((a, f) => a + cell(r, f), 0)));

  return {
    id: `${spec.year}-${spec.sectors}`,
    year: spec.year,
    classification: spec.classification,
    unit: '万元',
    imports: nonCompetitive ? 'non-competitive' : 'competitive',
    source: {
      publisher: `National Bureau of Statistics of China (国家统计局), ${spec.year} national input-output table, ${spec.sectors} sectors`,
      via: 'R package ionet (github.com/Carol-seven/ionet, commit 51145dc), data/*.rda, converted to CSV in ../shared/data/cn-io-tables',
      file: `cn-io-tables/${spec.file}`,
      licence:
        'figures: NBS official statistics; the ionet package is GPL (>= 3); see data/io/README.md',
    },
    sectors: sectorRows.map((r) => ({ code: r[1], nameZh: r[3].trim(), nameEn: r[2].trim() })),
    z,
    ...(zImported ? { zImported } : {}),
    intermediateInput: line('TII'),
    valueAdded: {
      compensation: line('VA001'),
      netTaxes: line('VA002'),
      depreciation: line('VA003'),
      operatingSurplus: line('VA004'),
      total: line('TVA'),
    },
    totalInput: line('TI'),
    intermediateUse: perSector('TIU'),
    finalUse,
    totalFinalUse,
    importsByProduct: nonCompetitive
      ? importRows.map((r) => round(cell(r, 'GO')))
      : sectorRows.map((r) => round(cell(r, 'IM'))),
    ...(col.has('ERR') ? { other: sectorRows.map((r) => round(cell(r, 'ERR'))) } : {}),
    totalOutput: sectorRows.map((r) => round(cell(r, 'GO'))),
  };
}
