import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadIndustries, loadNationalEmployment } from '../../src/store/reference.ts';

const data = loadNationalEmployment();
const at = (values: (number | null)[], year: number) => values[data.years.indexOf(year)];
const division = (code: string) => data.divisions.find((d) => d.code === code)!;

// The raw file the bundled data was derived from (scripts/build-reference/build-national-employment.ts).
const raw = parse(
  readFileSync(
    fileURLToPath(
      new URL('../../../shared/data/cn-io-tables/china_employment.csv', import.meta.url),
    ),
    'utf8',
  ),
  { columns: true, bom: true },
) as Record<string, string>[];
const rawRow = (code: string) => raw.find((r) => r.Code === code)!;

describe('national employment by GB/T 4754-2017 division (data/reference/national-employment.json)', () => {
  it('covers 1990-2018 in 万人, with its source', () => {
    expect(data.years[0]).toBe(1990);
    expect(data.years.at(-1)).toBe(2018);
    expect(data.years).toHaveLength(29);
    expect(data.unit).toBe('10k persons');
    expect(data.provenance.source).toMatch(/Statistical Research/);
    expect(data.provenance.synthetic).toBe(false);
  });

  it('has the totals of SOURCE.md: 77,586 employed in 2018, 10,493 in manufacturing', () => {
    expect(at(data.total, 2018)).toBe(77586);
    expect(at(data.sections.find((s) => s.code === 'C')!.values, 2018)).toBe(10493);
  });

  it('holds every division of the standard once, with its name', () => {
    const standard = loadIndustries().filter((i) => i.level === 2);
    expect(data.divisions.map((d) => d.code)).toEqual(standard.map((i) => i.code));
    for (const d of data.divisions) {
      const i = standard.find((s) => s.code === d.code)!;
      expect(d.nameZh).toBe(i.nameZh);
      expect(d.section).toBe(i.parent);
    }
    expect(data.sections.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('maps the rows numbered within a section to real division codes', () => {
    expect(division('13').sourceCode).toBe('C01');
    expect(division('39').sourceCode).toBe('C27');
    expect(division('43').sourceCode).toBe('C31');
    expect(division('06').sourceCode).toBe('B01');
    expect(division('44').sourceCode).toBe('D01');
    // single-division sections: the section's own row
    expect(division('70').sourceCode).toBe('K');
    expect(division('83').sourceCode).toBe('P');
    expect(division('97').sourceCode).toBe('T');
    // the values are the source row's
    expect(at(division('35').values, 2018)).toBe(Number(rawRow('C23')['2018']));
    expect(at(division('39').values, 2018)).toBe(Number(rawRow('C27')['2018']));
    expect(division('22').sourceNameZh).toBe('造纸及纸制品业');
  });

  it('adds up: divisions to their section and sections to the total, within rounding', () => {
    data.years.forEach((_, k) => {
      let sum = 0;
      for (const s of data.sections) {
        const sv = s.values[k] as number;
        sum += sv;
        const parts = data.divisions
          .filter((d) => d.section === s.code)
          .reduce((a, d) => a + (d.values[k] as number), 0);
        expect(Math.abs(parts - sv)).toBeLessThanOrEqual(4);
      }
      expect(Math.abs(sum - (data.total[k] as number))).toBeLessThanOrEqual(4);
    });
  });
});
