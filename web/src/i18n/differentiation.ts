import { defineDictionary } from './dictionary.ts';

/** What the differentiated-layout box says about itself (region opportunities). */
export const differentiationText = defineDictionary({
  zh: {
    provinceLevel:
      '差异化在地市级比较时可用：它排除同省其他地市已有优势的行业；按省级比较时没有“同省其他地区”，请在上方把地区层级改为地市级。',
    toPrefectures: '按地市级比较本省的省会或首个地市',
    noneExcluded: '差异化已启用：同省其他地市在这些机会行业上都没有优势，没有行业被排除。',
  },
  en: {
    provinceLevel:
      'Differentiation works when prefectures are compared: it leaves out what the province’s other prefectures are strong in. Compared as provinces there are no “other regions of the province”; set the region level above to prefecture.',
    toPrefectures: 'Compare the province’s capital or first prefecture',
    noneExcluded:
      'Differentiation is on: no other prefecture of the province is strong in these opportunities, so none was left out.',
  },
});
