import { defineDictionary } from './dictionary.ts';

/** What the map page says while drilled into a province. */
export const drillText = defineDictionary({
  zh: {
    listFocused: '只列出{province}的 {n} 个集群',
    showAll: '回到全国',
  },
  en: {
    listFocused: 'Only the {n} clusters of {province}',
    showAll: 'Back to the whole country',
  },
});
