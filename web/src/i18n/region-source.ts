import { defineDictionary } from './dictionary.ts';

/** The region page's data source: the atlas's organisations or an office's yearbook statistics. */
export const regionSourceText = defineDictionary({
  zh: {
    source: '数据来源',
    'source.organizations': '图谱中的机构',
    'source.statistics': '地区统计数据（统计年鉴）',
    statisticsBasis:
      '{year}年{measure}，{regions}个地区 × {industries}个行业，来自已导入的地区统计数据（{rows}行）',
    statisticsSources: '出处',
    benchmark: '区位熵基准',
    'benchmark.regions': '所列地区合计',
    'benchmark.national': '全国分行业就业',
    nationalBasis:
      '热力图和优势集群的区位熵对照全国{year}年分行业就业结构（国家统计局数据，Wang, Jia & Wang 2021 整理）：各地区只与全国比，不与所列地区比；产业结构图仍对照所列地区',
    nationalYearMoved: '全国数据止于2018年，{asked}年按2018年对照',
    nationalUnlike: '本矩阵不是从业人数，与全国就业结构只能粗略对照',
    noStatistics:
      '尚未导入这一级地区的统计数据。用“数据”页或 atlas import 文件 --kind region-statistics 导入统计年鉴表（模板：data/templates/region-statistics.zh.csv）。',
  },
  en: {
    source: 'Data source',
    'source.organizations': 'Organisations in the atlas',
    'source.statistics': 'Regional statistics (yearbook)',
    statisticsBasis:
      '{measure} {year}, {regions} regions × {industries} industries, from the regional statistics loaded ({rows} rows)',
    statisticsSources: 'Sources',
    benchmark: 'LQ benchmark',
    'benchmark.regions': 'The regions listed',
    'benchmark.national': 'National employment by industry',
    nationalBasis:
      'The heat map’s and the strong clusters’ LQ against China’s employment structure by industry in {year} (NBS figures compiled by Wang, Jia & Wang 2021): each region compared with the nation, not with the regions listed; the structure chart still compares with the regions listed',
    nationalYearMoved: 'the national series ends in 2018: {asked} is compared with 2018',
    nationalUnlike:
      'this matrix is not employment: the comparison with national employment is rough',
    noStatistics:
      'No regional statistics at this level yet. Load a yearbook table on the Data page or with atlas import FILE --kind region-statistics (template: data/templates/region-statistics.en.csv).',
  },
});
