/**
 * Reads an authored concordance (scripts/build-io/concordance/<classification>.csv:
 * sector, GB/T 4754-2017 codes separated by spaces, basis) and checks it
 * against a table's sector list and the GB/T 4754-2017 code list: every
 * sector once, every code known.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { IoConcordanceRow, IoSector } from '../../src/services/io/io-table.ts';
import { concordancePath, dataPath } from './paths.ts';

let known: Set<string> | undefined;
function industryCodes(): Set<string> {
  known ??= new Set(
    (
      JSON.parse(readFileSync(dataPath('industries/gbt4754-2017.json'), 'utf8')) as {
        code: string;
      }[]
    ).map((i) => i.code),
  );
  return known;
}

export function readConcordance(
  classification: string,
  sectors: IoSector[],
): IoConcordanceRow[] | null {
  const path = concordancePath(`${classification}.csv`);
  if (!existsSync(path)) return null;
  const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as {
    sector: string;
    gbt4754: string;
    basis: string;
  }[];
  const bySector = new Map(rows.map((r) => [r.sector, r]));
  if (bySector.size !== rows.length) throw new Error(`${classification}: a sector twice`);
  const out = sectors.map((s) => {
    const r = bySector.get(s.code);
    if (!r) throw new Error(`${classification}: no row for sector ${s.code} ${s.nameZh}`);
    const codes = r.gbt4754.split(/\s+/).filter(Boolean);
    for (const c of codes)
      if (!industryCodes().has(c))
        throw new Error(`${classification}: sector ${s.code} names unknown GB/T 4754 code ${c}`);
    return { sector: s.code, nameZh: s.nameZh, gbt4754: codes, basis: r.basis };
  });
  if (rows.length !== sectors.length)
    throw new Error(`${classification}: ${rows.length} rows for ${sectors.length} sectors`);
  return out;
}
