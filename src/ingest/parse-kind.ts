import { OrganizationKind } from '../core/model/organization.ts';
import { toHalfWidth } from './text.ts';

type Kind = (typeof OrganizationKind.options)[number];

/** Words for each organisation kind, Chinese and English. */
const KIND_WORDS: Record<Kind, string[]> = {
  enterprise: ['企业', '公司', '工厂', '厂商', 'enterprise', 'firm', 'company', 'business'],
  university: ['高校', '大学', '学院', '高等院校', '院校', 'university', 'college'],
  institute: [
    '科研院所',
    '研究院',
    '研究所',
    '科研机构',
    '研究机构',
    '实验室',
    'institute',
    'research institute',
    'lab',
    'laboratory',
  ],
  platform: [
    '平台',
    '公共服务平台',
    '创新平台',
    '创新中心',
    '制造业创新中心',
    '技术中心',
    '中试平台',
    'platform',
    'innovation center',
    'innovation centre',
  ],
  finance: [
    '金融机构',
    '金融',
    '银行',
    '投资机构',
    '基金',
    '创投',
    'finance',
    'bank',
    'investor',
    'fund',
    'vc',
  ],
  promotion_org: [
    '集群促进组织',
    '促进组织',
    '促进机构',
    '集群促进机构',
    '集群发展促进中心',
    'promotion org',
    'promotion_org',
    'cluster organization',
    'cluster organisation',
    'cluster promotion organization',
  ],
  association: [
    '协会',
    '行业协会',
    '商会',
    '联盟',
    '产业联盟',
    '学会',
    'association',
    'alliance',
    'chamber',
  ],
  park: [
    '园区',
    '产业园',
    '开发区',
    '高新区',
    '工业园',
    '孵化器',
    'park',
    'industrial park',
    'zone',
    'incubator',
  ],
  government: ['政府', '政府部门', '主管部门', '管委会', 'government', 'authority', 'agency'],
  service_provider: [
    '服务机构',
    '中介',
    '中介机构',
    '服务商',
    '咨询机构',
    '检测机构',
    'service provider',
    'service_provider',
    'consultancy',
  ],
};

const key = (s: string): string =>
  toHalfWidth(s)
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

const KIND_BY_KEY = new Map<string, Kind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [Kind, string[]][]) {
  KIND_BY_KEY.set(key(kind), kind);
  for (const w of words) KIND_BY_KEY.set(key(w), kind);
}

/** The organisation kind a cell names, or null. */
export function parseKind(cell: string): Kind | null {
  return KIND_BY_KEY.get(key(cell)) ?? null;
}

export const KIND_HELP = OrganizationKind.options
  .map((k) => `${k} (${KIND_WORDS[k][0]})`)
  .join(', ');
