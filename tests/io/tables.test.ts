import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSector } from '../../src/services/io/resolve-sector.ts';
import { ioConcordance, ioTable, ioTables, pickIoTable } from '../../src/services/io/tables.ts';

const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
/** 万元 → trillion yuan. */
const trillion = (wan: number) => (wan * 1e4) / 1e12;

describe('the national input-output tables shipped in data/io', () => {
  it('holds every NBS table 2002-2020 that ionet carries', () => {
    expect(ioTables().map((t) => t.id)).toEqual([
      '2002-122',
      '2005-42',
      '2007-135',
      '2010-41',
      '2012-139',
      '2015-42',
      '2017-149',
      '2017-42',
      '2018-153',
      '2018-42',
      '2020-153',
      '2020-42',
    ]);
  });

  it('2020: total value added is 101.64 trillion yuan (NBS GDP), total output 269.90', () => {
    const t = ioTable('2020-153');
    expect(t.sectors).toHaveLength(153);
    expect(trillion(sum(t.valueAdded.total)).toFixed(2)).toBe('101.64');
    expect(trillion(sum(t.totalOutput)).toFixed(2)).toBe('269.90');
    // The 42-sector table of the same year sums to the same economy.
    const t42 = ioTable('2020-42');
    expect(trillion(sum(t42.valueAdded.total)).toFixed(2)).toBe('101.64');
    expect(t42.imports).toBe('non-competitive');
    expect(t42.zImported).toHaveLength(42);
  });

  it('value added by year matches NBS GDP (SOURCE.md checks)', () => {
    const va = (id: string) => trillion(sum(ioTable(id).valueAdded.total)).toFixed(2);
    expect(va('2002-122')).toBe('12.19');
    expect(va('2007-135')).toBe('26.60');
    expect(va('2012-139')).toBe('53.68');
    expect(va('2017-149')).toBe('82.32');
    expect(va('2018-153')).toBe('92.21');
  });

  it('every table balances: Σ_i z_ij = intermediate input, + value added = total input = total output', () => {
    for (const e of ioTables()) {
      const t = ioTable(e.id);
      const n = t.sectors.length;
      expect(t.z).toHaveLength(n);
      for (let j = 0; j < n; j++) {
        const col = t.z.reduce((s, r) => s + r[j], 0);
        const tol = 1e-6 * Math.max(1, t.totalInput[j]);
        expect(Math.abs(col - t.intermediateInput[j]), `${e.id} ${j}`).toBeLessThan(tol);
        expect(
          Math.abs(t.intermediateInput[j] + t.valueAdded.total[j] - t.totalInput[j]),
        ).toBeLessThan(tol);
        expect(Math.abs(t.totalInput[j] - t.totalOutput[j])).toBeLessThan(tol);
      }
    }
  });

  it('a concordance to GB/T 4754-2017 covers every sector of every table', () => {
    for (const e of ioTables()) {
      const c = ioConcordance(e);
      expect(c, e.id).not.toBeNull();
      expect(c!.rows.map((r) => r.sector)).toEqual(ioTable(e.id).sectors.map((s) => s.code));
    }
    const c153 = ioConcordance(pickIoTable({ year: 2020, sectors: 153 }))!;
    const auto = c153.rows.find((r) => r.sector === '079')!;
    expect(auto.gbt4754).toContain('361');
    expect(c153.rows.find((r) => r.sector === '080')!.gbt4754).toContain('367');
    // A sector spanning several divisions lists them.
    const c42 = ioConcordance(pickIoTable({ year: 2020, sectors: 42 }))!;
    expect(c42.rows.find((r) => r.sector === '12')!.gbt4754).toEqual(['26', '27', '28', '29']);
  });

  it('picks the most detailed table of a year, the latest year by default; 42 finds 2010’s 41', () => {
    expect(pickIoTable().id).toBe('2020-153');
    expect(pickIoTable({ year: 2017 }).id).toBe('2017-149');
    expect(pickIoTable({ year: 2018, sectors: 42 }).id).toBe('2018-42');
    expect(pickIoTable({ year: 2010, sectors: 42 }).id).toBe('2010-41');
    expect(() => pickIoTable({ year: 2019 })).toThrow(
      expect.objectContaining({ code: 'ATLAS_E_IO_TABLE' }),
    );
    expect(() => pickIoTable({ year: 2020, sectors: 139 })).toThrow(/2020\/153/);
  });

  it('finds a sector by code, full name or a unique part of its name', () => {
    const s = ioTable('2020-153').sectors;
    expect(s[resolveSector(s, '079', 't')].nameZh).toBe('汽车整车');
    expect(s[resolveSector(s, '79', 't')].nameZh).toBe('汽车整车');
    expect(s[resolveSector(s, '汽车整车', 't')].code).toBe('079');
    expect(s[resolveSector(s, 'manufacture of automobiles', 't')].code).toBe('079');
    expect(s[resolveSector(s, '零部件', 't')].code).toBe('080');
    expect(() => resolveSector(s, '汽车', 't')).toThrow(
      expect.objectContaining({
        code: 'ATLAS_E_IO_SECTOR',
        details: expect.objectContaining({ candidates: expect.any(Array) }),
      }),
    );
    expect(() => resolveSector(s, '火星制造', 't')).toThrow(/no sector/);
  });
});

describe('the concordances to GB/T 4754-2017', () => {
  const industries = JSON.parse(
    readFileSync(new URL('../../data/industries/gbt4754-2017.json', import.meta.url), 'utf8'),
  ) as { code: string; level: number }[];
  const groups = industries.filter((i) => i.level === 3).map((i) => i.code);
  const known = new Set(industries.map((i) => i.code));

  it('ship for every table, name only known codes, and say the basis of each row', () => {
    for (const e of ioTables()) {
      const c = ioConcordance(e);
      expect(c, e.id).not.toBeNull();
      for (const r of c!.rows) {
        for (const g of r.gbt4754) expect(known.has(g), `${e.id} ${r.sector} ${g}`).toBe(true);
        expect(r.basis).toMatch(/^(name|judgement: .+)/);
      }
    }
  });

  it('reach every GB/T 4754-2017 group, but repairs (43) in the tables classified under GB/T 4754-2002', () => {
    for (const e of ioTables()) {
      const codes = ioConcordance(e)!.rows.flatMap((r) => r.gbt4754);
      const missing = groups.filter((g) => !codes.some((c) => g.startsWith(c) || c.startsWith(g)));
      // 2002-2010 tables: repair of machinery was then inside each manufacturing division.
      expect(missing, e.id).toEqual(e.year <= 2010 ? groups.filter((g) => g.startsWith('43')) : []);
    }
  });
});
