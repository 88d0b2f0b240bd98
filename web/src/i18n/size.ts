import { defineDictionary } from './dictionary.ts';

/** A cluster's size and growth (overview tab). */
export const sizeText = defineDictionary({
  zh: {
    title: '图谱收录成员的规模与增长',
    partial: '这是图谱收录的成员的合计，只是集群的一部分，不是集群的规模。',
    employees: '从业人数',
    revenue: '营业收入（万元）',
    output: '工业总产值（万元）',
    year: '年份',
    reporting: '报送机构',
    growthLine:
      '{measure}：{from}–{to} 年均增长 {total}（合计口径）；同一批 {panel} 家机构年均增长 {panelRate}',
    withheld: '不予显示',
    withheldNote:
      '为保护成员数据，少于 {n} 家机构或单家占比超过 {d} 的合计不向访客、查看者和成员显示（分析员与管理员可见）。',
    noData: '尚无成员的年度数据',
    synthetic: '其中合成 {n} 家',
    basis: '成员年度数据合计；合计口径含新进入的机构，同批口径只计两年均有数据的机构',
  },
  en: {
    title: 'Size and growth of the members the atlas holds',
    partial: 'Sums over the members the atlas holds: part of the cluster, not its size.',
    employees: 'Employees',
    revenue: 'Revenue (10k yuan)',
    output: 'Output (10k yuan)',
    year: 'Year',
    reporting: 'Reporting',
    growthLine:
      '{measure}: {total} a year {from}–{to} (totals); {panelRate} a year for the same {panel} organisations',
    withheld: 'withheld',
    withheldNote:
      'To protect members’ figures, sums over fewer than {n} organisations, or one over {d} of the sum, are withheld from visitors, viewers and members (analysts and admins see them).',
    noData: 'No yearly figures of members yet',
    synthetic: '{n} of them synthetic',
    basis:
      'Members’ yearly figures summed; totals count organisations that joined, the same-organisation rate only those with figures in both years',
  },
});
