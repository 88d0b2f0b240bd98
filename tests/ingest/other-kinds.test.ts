import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/ingest/read-table.ts';
import { linkId, prepareLinks } from '../../src/ingest/prepare-links.ts';
import { prepareClusters } from '../../src/ingest/prepare-clusters.ts';
import { prepareIndicators } from '../../src/ingest/prepare-indicators.ts';
import { lookups, PROVENANCE, tempDir, writeTemp } from './helpers.ts';

const dir = tempDir();
let n = 0;
const table = (csv: string) => readTable(writeTemp(dir, `k${n++}.csv`, csv));

describe('prepareLinks', () => {
  it('validates ends, type, value, year and confidence; keeps references as written', async () => {
    const t = await table(
      [
        '供方,需方,关系类型,产品,金额,年份,置信度',
        '91440300MA5F00001A,苏州示例材料股份有限公司,供应,芯片,"1,200",2023,',
        'org-a,org-b,产学研,,,2022,0.8',
        'org-a,,供应,,,,', // row 4: no to
        '91440300MA5F00001B,org-b,供应,,,,', // row 5: USCC-shaped, bad checksum
        'org-a,org-b,朋友,,,,', // row 6: unknown type
        'org-a,org-b,供应,,很多,,', // row 7: value not a number
        'org-a,org-b,供应,,,1800,', // row 8: year out of range
        'org-a,org-b,供应,,,,1.5', // row 9: confidence > 1
        'org-a,org-a,合作,,,,', // row 10: self link
        '91440300MA5F00001A,苏州示例材料股份有限公司,供货,芯片,1200,2023,', // row 11: same link again
      ].join('\n'),
    );
    const p = prepareLinks(t, { defaultProvenance: PROVENANCE });
    expect(p.mapping.fields).toMatchObject({
      from: '供方',
      to: '需方',
      type: '关系类型',
      value: '金额',
    });
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, '需方', 'ATLAS_E_ROW_MISSING_VALUE'],
      [5, '供方', 'ATLAS_E_ROW_BAD_USCC'],
      [6, '关系类型', 'ATLAS_E_ROW_UNKNOWN_VALUE'],
      [7, '金额', 'ATLAS_E_ROW_BAD_NUMBER'],
      [8, '年份', 'ATLAS_E_ROW_BAD_YEAR'],
      [9, '置信度', 'ATLAS_E_ROW_BAD_NUMBER'],
      [10, '需方', 'ATLAS_E_ROW_INVALID'],
    ]);
    expect(p.records).toHaveLength(2);
    const [supply, collab] = p.records;
    expect(supply.from).toEqual({ text: '91440300MA5F00001A', by: 'uscc' });
    expect(supply.to).toEqual({ text: '苏州示例材料股份有限公司', by: 'id-or-name' });
    expect(supply.link).toMatchObject({ type: 'supply', product: '芯片', value: 1200, year: 2023 });
    expect(supply.rows).toEqual([2, 11]);
    expect(supply.link.id).toBe(
      linkId('link', '91440300MA5F00001A', '苏州示例材料股份有限公司', 'supply', '芯片', 2023),
    );
    expect(collab.link).toMatchObject({ type: 'collaboration', year: 2022 });
    expect(collab.link.provenance.confidence).toBe(0.8);
    expect(p.merges).toEqual([{ id: supply.link.id, rows: [2, 11], conflicts: [] }]);
  });

  it('requires a type column unless a default type is given', async () => {
    const t = await table('source,target\norg-a,org-b\n');
    expect(() => prepareLinks(t, { defaultProvenance: PROVENANCE })).toThrowError(
      expect.objectContaining({ code: 'ATLAS_E_MISSING_COLUMN' }),
    );
    const p = prepareLinks(t, { defaultProvenance: PROVENANCE, defaultType: 'supply' });
    expect(p.records[0].link).toMatchObject({ from: 'org-a', to: 'org-b', type: 'supply' });
  });
});

describe('prepareClusters', () => {
  it('resolves regions, keeps industry labels, reads field, designation, round and members', async () => {
    const t = await table(
      [
        '集群名称,地区,行业,成员,领域,级别,批次',
        '示例市新型显示集群,广东、深圳,C3974;新型显示,91440300MA5F00001A;示例乙公司,新一代信息技术,国家级,第二批',
        '示例跨省集群,江苏;浙江,,,,省级,1',
        '示例跨省集群,上海,,,,省级,1', // row 4: merges into row 3 by name
        ',广东,,,,,', // row 5: no name
        '无地区集群,火星,,,,,', // row 6: unknown region
        '坏批次集群,广东,,,,,第X批', // row 7: bad round
        '坏领域集群,广东,,,太空,,', // row 8: unknown field
      ].join('\n'),
    );
    const p = prepareClusters(t, { ...lookups(), defaultProvenance: PROVENANCE });
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [5, '集群名称', 'ATLAS_E_ROW_MISSING_VALUE'],
      [6, '地区', 'ATLAS_E_ROW_UNKNOWN_REGION'],
      [7, '批次', 'ATLAS_E_ROW_BAD_NUMBER'],
      [8, '领域', 'ATLAS_E_ROW_UNKNOWN_VALUE'],
    ]);
    expect(p.records).toHaveLength(2);
    const [sz, cross] = p.records;
    expect(sz.cluster).toMatchObject({
      name: '示例市新型显示集群',
      regions: ['440000', '440300'],
      industries: ['3974', '新型显示'],
      field: 'new_generation_it',
      designation: 'national',
      round: 2,
      members: [{ organization: '91440300MA5F00001A' }, { organization: '示例乙公司' }],
    });
    expect(sz.members).toEqual([
      { text: '91440300MA5F00001A', by: 'uscc' },
      { text: '示例乙公司', by: 'id-or-name' },
    ]);
    expect(cross.cluster.regions).toEqual(['320000', '330000', '310000']);
    expect(cross.rows).toEqual([3, 4]);
    expect(p.merges).toEqual([{ id: cross.cluster.id, name: '示例跨省集群', rows: [3, 4] }]);
    expect(p.unresolvedIndustryLabels).toEqual([{ label: '新型显示', count: 1 }]);
  });
});

describe('prepareIndicators', () => {
  it('resolves region subjects to codes, parses values, refuses conflicting duplicates', async () => {
    const t = await table(
      [
        '地区,指标,年份,数值,单位',
        '江苏,规上工业增加值,2023,"45,000",亿元',
        '320500,规上工业增加值,2023,12000,亿元',
        '江苏省,规上工业增加值,2023,45000,亿元', // row 4: same as row 2, same value
        '江苏,规上工业增加值,2023,46000,亿元', // row 5: same key, other value
        '火星,规上工业增加值,2023,1,亿元', // row 6: unknown region
        '浙江,规上工业增加值,2023,约3万,亿元', // row 7: not a number
        '浙江,,2023,1,亿元', // row 8: no indicator
        '浙江,企业数,,-,个', // row 9: "-" is an empty value, no year
      ].join('\n'),
    );
    const p = prepareIndicators(t, { regions: lookups().regions, defaultProvenance: PROVENANCE });
    expect(p.mapping.fields).toMatchObject({
      subject: '地区',
      indicator: '指标',
      value: '数值',
      unit: '单位',
    });
    expect(p.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [5, '数值', 'ATLAS_E_ROW_DUPLICATE_CONFLICT'],
      [6, '地区', 'ATLAS_E_ROW_UNKNOWN_REGION'],
      [7, '数值', 'ATLAS_E_ROW_BAD_NUMBER'],
      [8, '指标', 'ATLAS_E_ROW_MISSING_VALUE'],
    ]);
    expect(
      p.records.map((r) => [r.subjectType, r.subject, r.indicator, r.year, r.value, r.unit]),
    ).toEqual([
      ['region', '320000', '规上工业增加值', 2023, 45000, '亿元'],
      ['region', '320500', '规上工业增加值', 2023, 12000, '亿元'],
      ['region', '330000', '企业数', undefined, null, '个'],
    ]);
    expect(p.recordRows[0]).toEqual([2, 4]);
    expect(p.merges).toHaveLength(1);
  });

  it('keeps cluster and organisation subjects as references', async () => {
    const t = await table(
      '主体类型,主体,指标,值\n集群,示例跨省集群,成员数,12\n企业,91440300MA5F00001A,专利数,3\n',
    );
    const p = prepareIndicators(t, { regions: lookups().regions, defaultProvenance: PROVENANCE });
    expect(p.issues).toEqual([]);
    expect(p.records.map((r) => [r.subjectType, r.subject])).toEqual([
      ['cluster', '示例跨省集群'],
      ['organization', '91440300MA5F00001A'],
    ]);
  });
});
