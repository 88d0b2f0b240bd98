import { defineDictionary } from './dictionary.ts';

/** The chain marks' legend, the gaps table and a node's count, wherever chains are listed. */
export const marksText = defineDictionary({
  zh: {
    legend: '图例',
    critical: '⚠ 卡脖子环节（依据见悬停或环节详情）',
    fourBases: '◆ “四基”环节（核心基础零部件、关键基础材料、基础检测设备、先进基础工艺）',
    action: '建议行动',
    gapKinds: '{n} 项短板',
    firms: '{n} 家企业',
    organisations: '{n} 家机构',
  },
  en: {
    legend: 'Key',
    critical: '⚠ choke point (its grounds on hover or in the node’s details)',
    fourBases:
      '◆ “four bases” node (core components, key materials, testing equipment, basic processes)',
    action: 'Action',
    gapKinds: '{n|gap|gaps}',
    firms: '{n|firm|firms}',
    organisations: '{n|organisation|organisations}',
  },
});
