import { defineDictionary } from './dictionary.ts';

/** The China map's own words: the 南海诸岛 inset and the map's source. */
export const mapText = defineDictionary({
  zh: {
    insetLabel: '南海诸岛',
    source: '地图数据：Apache ECharts 4.9.0（Apache-2.0），含南海诸岛附图',
  },
  en: {
    insetLabel: 'South China\nSea Islands',
    source: 'Map data: Apache ECharts 4.9.0 (Apache-2.0), with the South China Sea Islands inset',
  },
});
