import { defineDictionary } from './dictionary.ts';

/** The input-output evidence of a chain template's edges (chain page). */
export const ioText = defineDictionary({
  zh: {
    title: '上下游关系的投入产出依据',
    explain:
      '每条“上游供给下游”的关系，对照国家统计局 {year} 年全国投入产出表（{sectors} 个部门）：两端环节所属部门之间的直接消耗系数，即下游部门每万元产出直接消耗上游部门产品的金额。系数低于 {min} 或没有流量的关系标为“需复核”。',
    summary: '{supported} 条有依据，{review} 条需复核',
    edge: '上下游关系',
    sectors: '投入产出部门',
    evidence: '依据',
    status: '判断',
    'status.supported': '有投入产出依据',
    'status.weak': '联系较弱，需复核',
    'status.none': '无直接流量，需复核',
    'status.unmapped': '未对应到部门，需复核',
    supported: '{buyer}每万元产出直接消耗{supplier} {a} 万元（{year} 年）',
    sameSector:
      '两端同属“{sector}”部门：该部门每万元产出消耗本部门产品 {a} 万元（{year} 年）；表中无法区分两个环节',
    none: '{year} 年表中，{from}所属部门没有直接供给{to}所属部门',
    unmapped: '{nodes}没有国民经济行业代码，无法对应到投入产出部门',
    source: '数据来源：国家统计局全国投入产出表（经 R 包 ionet 整理）',
    loading: '正在读取投入产出表…',
  },
  en: {
    title: 'Input-output evidence of the links',
    explain:
      'Each "upstream feeds downstream" link, checked against the {year} national input-output table of the National Bureau of Statistics ({sectors} sectors): the direct input coefficient between the sectors of its two ends, i.e. how much the downstream sector buys from the upstream one per unit of its output. Links below {min} or without any flow are marked "to review".',
    summary: '{supported|link|links} supported, {review|link|links} to review',
    edge: 'Link',
    sectors: 'Input-output sectors',
    evidence: 'Evidence',
    status: 'Verdict',
    'status.supported': 'Supported by the IO table',
    'status.weak': 'Weak link, to review',
    'status.none': 'No direct flow, to review',
    'status.unmapped': 'No sector, to review',
    supported: '{buyer} buys {a} yuan of {supplier} per yuan of output ({year})',
    sameSector:
      'Both ends lie in the sector "{sector}": it buys {a} yuan of its own products per yuan of output ({year}); the table cannot tell the two apart',
    none: 'In the {year} table the sectors of {from} sell nothing directly to those of {to}',
    unmapped: '{nodes}: no industry code, so no input-output sector',
    source:
      'Source: national input-output tables of the National Bureau of Statistics of China (via R package ionet)',
    loading: 'Reading the input-output table…',
  },
});
export type IoKey = keyof (typeof ioText)['en'];
