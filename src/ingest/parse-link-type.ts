import { LinkType } from '../core/model/link.ts';
import { toHalfWidth } from './text.ts';

type Type = (typeof LinkType.options)[number];

/** Words for each link type, Chinese and English. */
const TYPE_WORDS: Record<Type, string[]> = {
  supply: [
    '供应',
    '供货',
    '采购',
    '配套',
    '上下游',
    '供需',
    '供应链',
    'supply',
    'supplier',
    'purchase',
    'sells to',
  ],
  collaboration: [
    '合作',
    '协作',
    '产学研',
    '研发合作',
    '联合研发',
    '共同申请',
    '合作专利',
    '协同创新',
    'collaboration',
    'cooperation',
    'r&d',
    'co-patent',
    'partnership',
  ],
  ownership: [
    '控股',
    '股权',
    '持股',
    '子公司',
    '母子公司',
    '所有权',
    'ownership',
    'owns',
    'subsidiary',
  ],
  investment: ['投资', '参股', '融资', '风险投资', 'investment', 'invests', 'equity investment'],
  membership: ['成员', '会员', '加入', '入驻', 'membership', 'member'],
  service: ['服务', '技术服务', '检测', '咨询', '孵化', 'service', 'services'],
  competition: ['竞争', '竞品', '同业竞争', 'competition', 'competitor', 'competes'],
};

const key = (s: string): string =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_]+/g, '');

const TYPE_BY_KEY = new Map<string, Type>();
for (const [t, words] of Object.entries(TYPE_WORDS) as [Type, string[]][]) {
  TYPE_BY_KEY.set(key(t), t);
  for (const w of words) TYPE_BY_KEY.set(key(w), t);
}

export function parseLinkType(cell: string): Type | null {
  return TYPE_BY_KEY.get(key(cell)) ?? null;
}

export const LINK_TYPE_HELP = LinkType.options.map((t) => `${t} (${TYPE_WORDS[t][0]})`).join(', ');
