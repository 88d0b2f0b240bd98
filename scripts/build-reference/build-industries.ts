/**
 * Builds data/industries/gbt4754-2017.json: GB/T 4754-2017 国民经济行业分类 at
 * all four levels (门类 section A-T, 大类 division, 中类 group, 小类 class) in
 * our Industry format, converted from the code list in
 * ../shared/data/gbt4754/gbt4754_2017_full.csv (codes and names of a national
 * standard are facts; descriptions are not carried over).
 *
 *   npx tsx scripts/build-reference/build-industries.ts
 *
 * Codes are kept as the standard writes them: 'C', '39', '396', '3963'.
 * Parents: division → section, group → division, class → group.
 * English titles: sections and divisions are NBS's own (nameEnSource 'nbs');
 * groups and classes are the project's translation of the official Chinese
 * titles in gbt4754-groups-classes-en.tsv (nameEnSource 'atlas-translation').
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { DIVISION_EN } from './gbt4754-divisions-en.ts';
import { dataPath, sharedPath } from './paths.ts';

/** code → English title of the 473 groups and 1,381 classes (the project's translation). */
function groupClassTitles(): Map<string, { zh: string; en: string }> {
  const text = readFileSync(new URL('./gbt4754-groups-classes-en.tsv', import.meta.url), 'utf8');
  const rows = text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .slice(1);
  return new Map(
    rows.map((l) => {
      const [code, zh, en] = l.split('\t');
      if (!code || !zh || !en) throw new Error(`gbt4754-groups-classes-en.tsv: bad row ${l}`);
      return [code, { zh, en }];
    }),
  );
}
const TRANSLATED = groupClassTitles();

/** English titles of the 20 sections (NBS's English version, aligned with ISIC Rev.4). */
const SECTION_EN: Record<string, string> = {
  A: 'Agriculture, Forestry, Animal Husbandry and Fishery',
  B: 'Mining',
  C: 'Manufacturing',
  D: 'Production and Supply of Electricity, Heat, Gas and Water',
  E: 'Construction',
  F: 'Wholesale and Retail Trades',
  G: 'Transport, Storage and Post',
  H: 'Accommodation and Catering',
  I: 'Information Transmission, Software and Information Technology Services',
  J: 'Financial Services',
  K: 'Real Estate',
  L: 'Leasing and Business Services',
  M: 'Scientific Research and Technical Services',
  N: 'Management of Water Conservancy, Environment and Public Facilities',
  O: 'Resident, Repair and Other Services',
  P: 'Education',
  Q: 'Health and Social Work',
  R: 'Culture, Sports and Entertainment',
  S: 'Public Administration, Social Security and Social Organizations',
  T: 'International Organizations',
};

interface Row {
  code: string;
  level: string;
  section: string;
  division: string;
  group: string;
  name: string;
}

const rows = parse(readFileSync(sharedPath('gbt4754/gbt4754_2017_full.csv'), 'utf8'), {
  columns: true,
  bom: true,
  skip_empty_lines: true,
}) as Row[];

const industries = rows.map((r) => {
  const level = Number(r.level);
  const parent = level === 1 ? null : level === 2 ? r.section : level === 3 ? r.division : r.group;
  const base = { scheme: 'GB/T4754-2017', code: r.code, level, parent, nameZh: r.name.trim() };
  if (level <= 2) {
    const nameEn = level === 1 ? SECTION_EN[r.code] : DIVISION_EN[r.code];
    if (!nameEn) throw new Error(`${r.code}: no English title`);
    return { ...base, nameEn, nameEnSource: 'nbs' };
  }
  const t = TRANSLATED.get(r.code);
  if (!t) throw new Error(`${r.code}: no English title in gbt4754-groups-classes-en.tsv`);
  if (t.zh !== base.nameZh) throw new Error(`${r.code}: ${t.zh} ≠ ${base.nameZh} in the TSV`);
  return { ...base, nameEn: t.en, nameEnSource: 'atlas-translation' };
});

const codes = new Set(industries.map((i) => i.code));
for (const i of industries) {
  if (i.parent !== null && !codes.has(i.parent))
    throw new Error(`${i.code}: no parent ${i.parent}`);
}
writeFileSync(
  dataPath('industries/gbt4754-2017.json'),
  JSON.stringify(industries).replace(/\},\{/g, '},\n{') + '\n',
);
const byLevel = [1, 2, 3, 4].map((l) => industries.filter((i) => i.level === l).length);
console.log(`gbt4754-2017.json: ${industries.length} (${byLevel.join('/')})`);
