import { defineDictionary } from './dictionary.ts';

/** The searchable pickers that replace code inputs (organisation, region, industry, cluster, chain node). */
export const pickerText = defineDictionary({
  zh: {
    placeholder: '输入名称、简称、代码或拼音首字母',
    noHits: '没有匹配项',
    clear: '清除',
    remove: '移除 {name}',
    chosen: '已选：{name}',
    'type.cluster': '集群',
    'type.organization': '机构',
    'type.region': '地区',
    'type.industry': '行业',
    'type.chain_node': '产业链环节',
    'level.province': '省级',
    'level.prefecture': '地级',
    'level.county': '县级',
  },
  en: {
    placeholder: 'Name, short name, code or pinyin initials',
    noHits: 'Nothing matches',
    clear: 'Clear',
    remove: 'Remove {name}',
    chosen: 'Chosen: {name}',
    'type.cluster': 'Cluster',
    'type.organization': 'Organisation',
    'type.region': 'Region',
    'type.industry': 'Industry',
    'type.chain_node': 'Chain node',
    'level.province': 'province',
    'level.prefecture': 'prefecture',
    'level.county': 'county',
  },
});
