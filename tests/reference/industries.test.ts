import { describe, expect, it } from 'vitest';
import { IndustryIndex } from '../../src/core/reference/industry-index.ts';
import { loadIndustries } from '../../src/store/reference.ts';
import { sharedCsv } from './helpers.ts';

const industries = loadIndustries();
const index = new IndustryIndex(industries);

describe('GB/T 4754-2017 bundled table', () => {
  it('has 20 sections, 97 divisions, 473 groups, 1381 classes', () => {
    const byLevel = [1, 2, 3, 4].map((l) => industries.filter((i) => i.level === l).length);
    expect(byLevel).toEqual([20, 97, 473, 1381]);
  });

  it('has exactly the codes and names of the shared CSV', () => {
    const rows = sharedCsv('gbt4754/gbt4754_2017_full.csv');
    expect(industries.map((i) => i.code).sort()).toEqual(rows.map((r) => r.code).sort());
    const name = new Map(rows.map((r) => [r.code, r.name.trim()]));
    for (const i of industries) expect(i.nameZh).toBe(name.get(i.code));
  });

  it('links every code to an existing parent one level up, with English section names', () => {
    for (const i of industries) {
      if (i.level === 1) {
        expect(i.parent).toBeNull();
        expect(i.nameEn).toBeTruthy();
      } else {
        expect(index.get(i.parent!)?.level).toBe(i.level - 1);
      }
    }
    expect(index.get('C')?.nameEn).toBe('Manufacturing');
  });

  it('gives every division its English title (issue 17, item 5)', () => {
    const divisions = industries.filter((i) => i.level === 2);
    expect(divisions).toHaveLength(97);
    for (const d of divisions) expect(d.nameEn, d.code).toBeTruthy();
    expect(index.get('35')?.nameEn).toBe('Manufacture of Special Purpose Machinery');
    expect(index.get('39')?.nameEn).toBe(
      'Manufacture of Computers, Communication and Other Electronic Equipment',
    );
  });
});

describe('GB/T 4754-2017 titles in both languages', () => {
  it('gives every code a Chinese and an English title, each English title with its author', () => {
    for (const i of industries) {
      expect(i.nameZh.trim(), i.code).not.toBe('');
      expect(i.nameEn?.trim(), i.code).toBeTruthy();
      expect(i.nameEn, i.code).not.toMatch(/[\u4e00-\u9fff]/);
      // Sections and divisions carry NBS's English; groups and classes our translation, said so.
      expect(i.nameEnSource, i.code).toBe(i.level <= 2 ? 'nbs' : 'atlas-translation');
    }
    expect(index.get('3443')?.nameEn).toBe('Manufacture of Valves and Cocks');
    expect(index.get('3514')?.nameEn).toBe('Manufacture of Construction Machinery');
  });

  it('translates a Chinese title the same way wherever it recurs (a group named after its one class)', () => {
    const byZh = new Map<string, string>();
    for (const i of industries.filter((x) => x.level >= 3)) {
      const seen = byZh.get(i.nameZh);
      if (seen) expect(i.nameEn, i.code).toBe(seen);
      else byZh.set(i.nameZh, i.nameEn!);
    }
    expect(index.get('022')?.nameEn).toBe(index.get('0220')?.nameEn);
  });
});

describe('IndustryIndex', () => {
  it('walks children and ancestors', () => {
    expect(index.children('39').map((i) => i.code)).toContain('396');
    expect(index.ancestors('3963').map((i) => i.code)).toEqual(['C', '39', '396']);
    expect(index.children('C')).toHaveLength(31); // divisions 13-43
  });

  it('resolves codes with or without the section letter, and exact names', () => {
    expect(index.resolve('C39')?.code).toBe('39');
    expect(index.resolve('39')?.nameZh).toBe('计算机、通信和其他电子设备制造业');
    expect(index.resolve('3963')?.nameZh).toBe('智能无人飞行器制造');
    expect(index.resolve('c3963')?.code).toBe('3963');
    expect(index.resolve(' C ')?.code).toBe('C');
    expect(index.resolve('计算机、通信和其他电子设备制造业')?.code).toBe('39');
    expect(index.resolve('A39')).toBeNull(); // letter contradicts the code
    expect(index.resolve('9999')).toBeNull();
    expect(index.resolve('元器件')).toBeNull(); // a Tushare label, not a GB/T name
  });
});
