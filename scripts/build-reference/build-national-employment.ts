/**
 * Builds data/reference/national-employment.json: China's employment by
 * GB/T 4754-2017 section and division, 1990-2018 (万人), from
 * ../shared/data/cn-io-tables/china_employment.csv (Wang, Jia & Wang 2021,
 * distributed with the R package ionet; see that folder's SOURCE.md).
 *
 *   npx tsx scripts/build-reference/build-national-employment.ts
 *
 * The source numbers divisions sequentially within each section (C01 … C31);
 * the k-th row of a section is the k-th division of that section in
 * data/industries/gbt4754-2017.json (C01 → 13, C27 → 39, C31 → 43). A section
 * with a single division (K, P, T) has no sub-rows: its row is the division.
 * The script fails unless every section has as many rows as the standard has
 * divisions, every name agrees with the standard's (up to wording: 及/和,
 * 影视), the 2018 total is 77,586 and manufacturing 10,493 万人 (SOURCE.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { NationalEmployment } from '../../src/core/model/national-employment.ts';
import { dataPath, sharedPath } from './paths.ts';

interface Industry {
  code: string;
  level: number;
  parent: string | null;
  nameZh: string;
}

const SOURCE_FILE = 'cn-io-tables/china_employment.csv';
const rows = parse(readFileSync(sharedPath(SOURCE_FILE), 'utf8'), {
  bom: true,
  skip_empty_lines: true,
}) as string[][];
const header = rows[0];
const years = header.slice(4).map(Number);
if (years.some((y) => !Number.isInteger(y))) throw new Error(`bad year header: ${header.join()}`);
const byCode = new Map(
  rows.slice(1).map((r) => [
    r[1].trim(),
    {
      nameZh: r[3].trim(),
      values: r.slice(4).map((v) => (v.trim() === '' ? null : Number(v))),
    },
  ]),
);
for (const [code, r] of byCode)
  if (r.values.length !== years.length || r.values.some((v) => v !== null && !(v >= 0)))
    throw new Error(`${code}: bad values`);

const industries = JSON.parse(
  readFileSync(dataPath('industries/gbt4754-2017.json'), 'utf8'),
) as Industry[];
const sections = industries.filter((i) => i.level === 1);
const divisionsOf = (section: string) =>
  industries
    .filter((i) => i.level === 2 && i.parent === section)
    .sort((a, b) => (a.code < b.code ? -1 : 1));

/** Names compared without punctuation and the connectives that vary between editions. */
const plain = (s: string) =>
  s
    .replace(/[、，,\s]/g, '')
    .replace(/及/g, '和')
    .replace(/影视/g, '');
const dice = (a: string, b: string) => {
  const bigrams = (s: string) => [...s].slice(1).map((c, k) => s[k] + c);
  const x = bigrams(a);
  const y = bigrams(b);
  const left = [...y];
  let hit = 0;
  for (const g of x) {
    const k = left.indexOf(g);
    if (k >= 0) {
      hit++;
      left.splice(k, 1);
    }
  }
  return x.length + y.length === 0 ? 1 : (2 * hit) / (x.length + y.length);
};

type Series = (number | null)[];
const outSections: { code: string; nameZh: string; values: Series }[] = [];
const outDivisions: Record<string, unknown>[] = [];
const renamed: string[] = [];
for (const s of sections) {
  const row = byCode.get(s.code);
  if (!row) throw new Error(`section ${s.code} missing from ${SOURCE_FILE}`);
  outSections.push({ code: s.code, nameZh: s.nameZh, values: row.values });
  const divisions = divisionsOf(s.code);
  const subCodes = [...byCode.keys()].filter(
    (c) => c.length === 3 && c[0] === s.code && /^\d\d$/.test(c.slice(1)),
  );
  const sources =
    subCodes.length === 0 && divisions.length === 1
      ? [{ code: s.code, ...row }]
      : subCodes.map((c) => ({ code: c, ...(byCode.get(c) as typeof row) }));
  if (sources.length !== divisions.length)
    throw new Error(
      `section ${s.code}: ${sources.length} rows in the source, ${divisions.length} divisions in GB/T 4754-2017`,
    );
  sources.forEach((src, k) => {
    const d = divisions[k];
    if (src.code.length === 3 && Number(src.code.slice(1)) !== k + 1)
      throw new Error(`${src.code}: rows of section ${s.code} are not numbered 01, 02, … in order`);
    const same = plain(src.nameZh) === plain(d.nameZh);
    const score = dice(plain(src.nameZh), plain(d.nameZh));
    if (!same && score < 0.6)
      throw new Error(
        `${src.code} ${src.nameZh} does not look like division ${d.code} ${d.nameZh} (${score.toFixed(2)})`,
      );
    if (src.nameZh !== d.nameZh) renamed.push(`${src.code} ${src.nameZh} → ${d.code} ${d.nameZh}`);
    outDivisions.push({
      code: d.code,
      section: s.code,
      nameZh: d.nameZh,
      sourceCode: src.code,
      ...(src.nameZh !== d.nameZh ? { sourceNameZh: src.nameZh } : {}),
      values: src.values,
    });
  });
}
const total = byCode.get('TOT');
if (!total) throw new Error('TOT row missing');

const at = (values: (number | null)[], year: number) => values[years.indexOf(year)];
const expect = (what: string, got: number | null | undefined, want: number) => {
  if (got !== want) throw new Error(`${what} is ${got}, expected ${want} (SOURCE.md)`);
};
expect('TOT 2018', at(total.values, 2018), 77586);
expect('制造业 (C) 2018', at(byCode.get('C')?.values ?? [], 2018), 10493);

const data = NationalEmployment.parse({
  unit: '10k persons',
  scheme: 'GB/T4754-2017',
  years,
  provenance: {
    source:
      'Wang, Jia & Wang (2021), 统计研究 (Statistical Research): national employment by GB/T 4754-2017 division 1990-2018, from NBS statistics; as distributed in the R package ionet (github.com/Carol-seven/ionet, commit 51145dc), file china_employment.csv',
    year: 2021,
    method: 'import',
    confidence: 1,
    verified: true,
    note: 'National totals equal NBS total employed persons; divisions mapped to GB/T 4754-2017 codes by their position within each section, names checked (scripts/build-reference/build-national-employment.ts)',
  },
  total: total.values,
  sections: outSections,
  divisions: outDivisions,
});

const out = dataPath('reference/national-employment.json');
mkdirSync(dirname(out), { recursive: true });
const json = JSON.stringify(data, null, 1)
  // one line per series: values arrays on a single line
  .replace(
    /\[\n\s+([\d.,\s\nnul]+?)\n\s*\]/g,
    (_m, inner: string) => `[${inner.replace(/\s+/g, '')}]`,
  );
writeFileSync(out, json + '\n');
console.log(
  `national-employment.json: ${years[0]}-${years.at(-1)}, ${outSections.length} sections, ${outDivisions.length} divisions; ${renamed.length} source names differ from the standard's:\n  ${renamed.join('\n  ')}`,
);
