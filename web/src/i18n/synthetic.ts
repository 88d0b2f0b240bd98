import { defineDictionary } from './dictionary.ts';

/**
 * The synthetic mark in words: the banner every page shows while the atlas
 * holds synthetic records, and the share each answer that sums or judges
 * data carries (network verdicts, disruptions, the printed report).
 */
export const syntheticText = defineDictionary({
  zh: {
    banner: '合成数据：{share} 的机构为生成数据（{n} / {total} 家），非真实经济。',
    bannerTitle:
      '这些记录由 atlas generate 生成，仅供演示和测试，处处标注“合成”；不要把它们当作事实引用。',
    share: '合成 {share}',
    shareTitle: '{n} / {total} 家机构为合成数据',
    members: '判断所依据的 {total} 家成员中 {share} 为合成数据（{n} 家），联系中 {links} 为合成。',
    supply:
      '所依据的供应网络中 {share} 的机构为合成数据（{n} / {total} 家），供应联系中 {links} 为合成。',
    supplyHit: '受影响企业中 {n} 家为合成数据。',
    chain: '产业链环节上的企业中 {share} 为合成数据。',
    ranking: '评分所依据的成员中 {share} 为合成数据。',
  },
  en: {
    banner:
      'Synthetic data: {share} of the organisations are generated ({n} of {total} organisations), not the real economy.',
    bannerTitle:
      'These records were made by atlas generate for demonstration and tests and are marked synthetic everywhere; never cite them as facts.',
    share: '{share} synthetic',
    shareTitle: '{n} of {total} organisations are synthetic',
    members:
      'Of the {total} members judged, {share} are synthetic ({n|member|members}); {links} of the links are synthetic.',
    supply:
      'Of the supply network it ran on, {share} of the organisations are synthetic ({n} of {total} organisations); {links} of the supply links are synthetic.',
    supplyHit: '{n} of the firms hit are synthetic.',
    chain: '{share} of the firms placed on the chain are synthetic.',
    ranking: '{share} of the members scored are synthetic.',
  },
});
