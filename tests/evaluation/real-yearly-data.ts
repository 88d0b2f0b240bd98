import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTable } from '../../src/ingest/read-table.ts';

/** The shared folder of real public data (../shared/data from the project root). */
export const IO = join(process.cwd(), '..', 'shared', 'data', 'cn-io-tables');

/** Manufacturing sectors of the NBS 42-sector input-output tables (06 food … 22 other manufacturing). */
const MANUFACTURING = Array.from({ length: 17 }, (_, k) => String(k + 6).padStart(2, '0'));

/**
 * Long yearly evaluation data from NBS's 42-sector input-output tables of
 * 2017, 2018 and 2020 (10k yuan, producers' prices): per manufacturing
 * sector, gross output (TI row), value added (TVA row) and the value-added
 * rate TVA/TI. Alternatives are the sectors' Chinese names.
 */
export async function ioSectorYears(): Promise<string> {
  const lines = ['alternative,indicator,year,value'];
  for (const year of [2017, 2018, 2020]) {
    const t = await readTable(join(IO, `china_${year}_42.csv`));
    const row = (code: string) =>
      t.rows.find((r) => String(r.Code) === code) as Record<string, unknown>;
    const names = t.rows.filter((r) => String(r.Origin) === 'Domestic');
    for (const s of MANUFACTURING) {
      const name = String(names.find((r) => String(r.Code) === s)?.DescriptionInChinese);
      const ti = Number(row('TI')[s]);
      const tva = Number(row('TVA')[s]);
      lines.push(`${name},gross_output,${year},${ti}`);
      lines.push(`${name},value_added,${year},${tva}`);
      lines.push(`${name},value_added_rate,${year},${tva / ti}`);
    }
  }
  return write('io-sectors.csv', lines);
}

/**
 * National employment (10k persons) of the manufacturing divisions C01-C31,
 * 2014-2018 (Wang, Jia & Wang 2021 series): employment and its share of
 * manufacturing, per division.
 */
export function employmentYears(): string {
  const text = readFileSync(join(IO, 'china_employment.csv'), 'utf8').trim().split('\n');
  const head = text[0].split(',');
  const rows = text
    .slice(1)
    .map((l) =>
      l.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')),
    );
  const lines = ['alternative,indicator,year,value'];
  for (const year of [2014, 2015, 2016, 2017, 2018]) {
    const j = head.indexOf(String(year));
    const c = rows.find((r) => r[1] === 'C') as string[];
    for (const r of rows.filter((x) => /^C\d\d$/.test(x[1]))) {
      const v = Number(r[j]);
      lines.push(`${r[3]},employment,${year},${v}`);
      lines.push(`${r[3]},share_of_manufacturing,${year},${v / Number(c[j])}`);
    }
  }
  return write('employment.csv', lines);
}

let dir: string | undefined;
function write(name: string, lines: string[]): string {
  dir ??= mkdtempSync(join(tmpdir(), 'atlas-years-'));
  const file = join(dir, name);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}
