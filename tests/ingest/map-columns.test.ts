import { describe, expect, it } from 'vitest';
import { ALIASES, type ImportKind } from '../../src/ingest/aliases.ts';
import { mapColumns } from '../../src/ingest/map-columns.ts';
import { headerKey } from '../../src/ingest/text.ts';

const t = (columns: string[]) => ({ file: 'f.csv', columns });

describe('mapColumns', () => {
  it('matches aliases whatever the case, spacing, underscores and full-/half-width forms', () => {
    const m = mapColumns(
      t([
        'ＣＯＭＰＡＮＹ　ＮＡＭＥ',
        ' 统一社会信用代码 ',
        'Province',
        '所在_城市',
        '区/县',
        'R&D Spend',
        'LNG',
        '纬度（度）',
      ]),
      'organizations',
    );
    expect(m.fields).toEqual({
      name: 'ＣＯＭＰＡＮＹ　ＮＡＭＥ',
      uscc: ' 统一社会信用代码 ',
      province: 'Province',
      city: '所在_城市',
      county: '区/县',
      rdSpend: 'R&D Spend',
      lon: 'LNG',
    });
    expect(m.unmapped).toEqual(['纬度（度）']);
  });

  it('covers the aliases issue 2 lists', () => {
    const listed: Record<string, string[]> = {
      name: ['名称', '企业名称', '单位名称', '机构名称', '公司名称'],
      uscc: ['统一社会信用代码', '信用代码', '社会信用代码'],
      province: ['省', '省份', '所在省份', '地区', 'area'],
      city: ['市', '城市', '所在城市', '地级市'],
      county: ['区县', '县区'],
      industry: ['行业', '行业代码', '所属行业', '国民经济行业分类'],
      employees: ['从业人员', '员工人数', '职工人数'],
      revenue: ['营业收入', '营收'],
      output: ['产值', '工业总产值'],
      rdSpend: ['研发投入', '研发费用'],
      patents: ['专利数'],
      year: ['年份', 'year'],
      lon: ['经度', 'lng', 'longitude'],
      lat: ['纬度', 'latitude'],
      tags: ['标签', '企业类型'],
      kind: ['类型', '机构类型'],
      address: ['地址'],
      source: ['来源'],
    };
    for (const [field, headers] of Object.entries(listed)) {
      for (const h of headers) {
        const m = mapColumns(t([h]), 'organizations', {}, []);
        expect([field, m.fields[field as keyof typeof m.fields]]).toEqual([field, h]);
      }
    }
  });

  it('never gives one alias to two fields of a kind', () => {
    for (const kind of Object.keys(ALIASES) as ImportKind[]) {
      const owner = new Map<string, string>();
      for (const [field, aliases] of Object.entries(
        ALIASES[kind] as Record<string, readonly string[]>,
      )) {
        for (const a of [field, ...aliases]) {
          const k = headerKey(a);
          expect([kind, k, owner.get(k) ?? field]).toEqual([kind, k, field]);
          owner.set(k, field);
        }
      }
    }
  });

  it('lets --map win over an alias, and fails on an unknown field or a missing header', () => {
    const m = mapColumns(t(['企业名称', '简称']), 'organizations', { name: '简称' });
    expect(m.fields.name).toBe('简称');
    expect(m.unmapped).toEqual(['企业名称']);
    expect(() => mapColumns(t(['名称']), 'organizations', { colour: '名称' })).toThrowError(
      expect.objectContaining({ code: 'ATLAS_E_UNKNOWN_NAME' }),
    );
    expect(() => mapColumns(t(['名称']), 'organizations', { uscc: '代码列' })).toThrowError(
      expect.objectContaining({
        code: 'ATLAS_E_MISSING_COLUMN',
        details: expect.objectContaining({ headers: ['名称'] }),
      }),
    );
  });

  it('names the file, the missing field and the headers seen', () => {
    expect(() => mapColumns(t(['a', 'b']), 'links')).toThrowError(
      expect.objectContaining({
        code: 'ATLAS_E_MISSING_COLUMN',
        details: { file: 'f.csv', missing: ['from', 'to'], headers: ['a', 'b'] },
      }),
    );
  });
});
