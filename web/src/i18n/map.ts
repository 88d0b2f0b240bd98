import { defineDictionary } from './dictionary.ts';

/** The China map's own words: the 南海诸岛 inset, the map's source and its review number (审图号). */
export const mapText = defineDictionary({
  zh: {
    insetLabel: '南海诸岛',
    source: '地图数据：Apache ECharts 4.9.0（Apache-2.0），含南海诸岛附图',
    reviewNumber: '审图号：{number}',
    reviewNone:
      '审图号：无。底图为 data/geo/provinces.json、data/geo/prefectures.json 和 data/geo/south-china-sea.json，取自 Apache ECharts 4.9.0 的地图数据，只含行政区轮廓和南海诸岛附图，不含审图号；本图未经自然资源主管部门审核，正式出版前应换用标准地图服务的底图并标注其审图号。',
    reviewNoneShort: '审图号：无（底图取自 Apache ECharts 4.9.0，未经审核）',
    reviewDetails: '底图说明',
  },
  en: {
    insetLabel: 'South China\nSea Islands',
    source: 'Map data: Apache ECharts 4.9.0 (Apache-2.0), with the South China Sea Islands inset',
    reviewNumber: 'Map review number: {number}',
    reviewNone:
      'Map review number: none. The base map is data/geo/provinces.json, data/geo/prefectures.json and data/geo/south-china-sea.json, taken from the map data of Apache ECharts 4.9.0: region outlines and the South China Sea Islands inset, with no review number. This map has not been reviewed by the natural-resources authorities; before a formal publication, use a base map of the Standard Map Service with its review number.',
    reviewNoneShort: 'Map review number: none (base map from Apache ECharts 4.9.0, not reviewed)',
    reviewDetails: 'About the base map',
  },
});
