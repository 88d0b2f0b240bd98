import { defineDictionary } from './dictionary.ts';

/** The cluster's member list (map panel and profile overview). */
export const membersText = defineDictionary({
  zh: {
    filter: '在成员中查找',
    filterPlaceholder: '名称、地区或类型',
    none: '没有符合条件的成员',
    more: '图谱中还有 {n} 个成员未随概况载入；完整名单见“数据”页或导出。',
  },
  en: {
    filter: 'Find among the members',
    filterPlaceholder: 'name, place or kind',
    none: 'No member matches',
    more: '{n} more members are in the atlas but not loaded with the profile; the data page and exports list them all.',
  },
});
