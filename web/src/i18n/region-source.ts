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
    noStatistics:
      'No regional statistics at this level yet. Load a yearbook table on the Data page or with atlas import FILE --kind region-statistics (template: data/templates/region-statistics.en.csv).',
  },
});
