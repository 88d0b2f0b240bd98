/**
 * Builds data/io/ from ../shared/data/cn-io-tables: one JSON per national
 * input-output table (data/io/tables/<year>-<sectors>.json), one concordance
 * per sector classification to GB/T 4754-2017 (data/io/concordance/*.json,
 * from the authored CSVs beside this script), and data/io/index.json.
 *
 *   npx tsx scripts/build-io/build.ts
 *
 * Checks each table's accounting identities before writing it (column sums
 * of z = intermediate input, intermediate input + value added = total
 * input = total output, intermediate use + final use − imports (+ other) =
 * total output), to 1e-6 relative; a failure stops the build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { IoIndexEntry, IoTableFile } from '../../src/services/io/io-table.ts';
import { readConcordance } from './concordance.ts';
import { dataPath } from './paths.ts';
import { readIonetCsv } from './read-ionet-csv.ts';
import { TABLES } from './tables.ts';
import { writeCompactJson } from './write-json.ts';

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);

function check(t: IoTableFile): string[] {
  const problems: string[] = [];
  const n = t.sectors.length;
  const close = (a: number, b: number, what: string) => {
    if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(a), Math.abs(b)))
      problems.push(`${t.id} ${what}: ${a} ≠ ${b}`);
  };
  for (let j = 0; j < n; j++) {
    let col = 0;
    for (let i = 0; i < n; i++) col += t.z[i][j];
    const code = t.sectors[j].code;
    close(col, t.intermediateInput[j], `Σ_i z[i][${code}] vs TII`);
    close(t.intermediateInput[j] + t.valueAdded.total[j], t.totalInput[j], `TII+TVA vs TI ${code}`);
    close(t.totalInput[j], t.totalOutput[j], `TI vs GO ${code}`);
    const row = t.intermediateUse[j] + t.totalFinalUse[j] - t.importsByProduct[j];
    close(row + (t.other?.[j] ?? 0), t.totalOutput[j], `TIU+TFU−IM(+ERR) vs GO ${code}`);
  }
  return problems;
}

mkdirSync(dataPath('io/tables'), { recursive: true });
mkdirSync(dataPath('io/concordance'), { recursive: true });
const index: IoIndexEntry[] = [];
const concordances = new Map<string, string[]>();
for (const spec of TABLES) {
  const t = readIonetCsv(spec);
  const problems = check(t);
  if (problems.length) {
    console.error(problems.slice(0, 10).join('\n'));
    console.error(`${t.id}: ${problems.length} identities fail; stopping`);
    process.exit(1);
  }
  const file = `tables/${t.id}.json`;
  writeCompactJson(dataPath(`io/${file}`), t);
  const rows = readConcordance(spec.classification, t.sectors);
  if (rows) {
    const tables = concordances.get(spec.classification) ?? [];
    tables.push(t.id);
    concordances.set(spec.classification, tables);
    writeFileSync(
      dataPath(`io/concordance/${spec.classification}.json`),
      JSON.stringify(
        {
          classification: spec.classification,
          tables,
          note: 'Our reading of each sector against GB/T 4754-2017 (divisions, groups or classes), from the sector names of the table and the standard; basis "name" where the names correspond, "judgement: …" where we chose. Unverified against NBS’s own concordance document.',
          rows,
        },
        null,
        1,
      ) + '\n',
    );
  }
  const entry: IoIndexEntry = {
    id: t.id,
    year: t.year,
    sectors: t.sectors.length,
    classification: spec.classification,
    imports: t.imports,
    file,
    concordance: rows ? `concordance/${spec.classification}.json` : null,
    totalOutput: Math.round(sum(t.totalOutput)),
    valueAdded: Math.round(sum(t.valueAdded.total)),
  };
  index.push(entry);
  console.log(
    `${t.id}: ${t.sectors.length} sectors, ${t.imports}, GO ${(entry.totalOutput / 1e8).toFixed(2)} tn yuan, VA ${(entry.valueAdded / 1e8).toFixed(2)} tn yuan${rows ? '' : ', no concordance yet'}`,
  );
}
writeFileSync(dataPath('io/index.json'), JSON.stringify(index, null, 1) + '\n');
