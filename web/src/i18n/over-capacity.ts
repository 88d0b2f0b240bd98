import { defineDictionary } from './dictionary.ts';

/** Over-capacity signals by region × industry (on the capacity alliance page). */
export const overCapacityText = defineDictionary({
  zh: {
    title: '产能过剩信号（地区 × 行业）',
    intro:
      '按各地统计年鉴的行业产值（已载入图谱的部分）计算：专业化程度高、而产值下降或明显慢于全行业的地区，以及企业多而小、多数企业产值下降的地区。这是提示进一步核查产能利用率的信号，不是产能数据。',
    none: '没有地区出现信号。',
    noData:
      '图谱中没有至少两年的地区行业产值：在“数据”页导入“地区统计数据”（统计年鉴表）后即可计算。',
    region: '地区',
    industry: '行业',
    years: '{from}—{to} 年',
    lq: '区位商',
    growth: '产值年均增速',
    industryGrowth: '全行业年均增速',
    firms: '企业数（产值下降）',
    signals: '信号',
    method: '方法',
    sources: '数据来源',
    withheld: '保密',
  },
  en: {
    title: 'Over-capacity signals (region × industry)',
    intro:
      'From regional output by industry in the yearbook tables loaded into the atlas: specialised regions whose output falls or lags well behind the industry, and regions with many small firms, most with falling output. A signal to check capacity utilisation, not capacity data.',
    none: 'No region shows a signal.',
    noData:
      'The atlas holds no two years of regional output by industry: import “Regional statistics” (yearbook tables) on the Data page to compute the signals.',
    region: 'Region',
    industry: 'Industry',
    years: '{from}–{to}',
    lq: 'Location quotient',
    growth: 'Yearly output growth',
    industryGrowth: 'Industry’s yearly growth',
    firms: 'Firms (falling)',
    signals: 'Signals',
    method: 'Method',
    sources: 'Sources',
    withheld: 'confidential',
  },
});
