import { defineDictionary } from './dictionary.ts';

/**
 * Why the chain analysis says what it says — gaps, a node's status, a
 * target's rank — built in the reader's language from the figures the API
 * sends beside its English sentence (components/chain/say-*.ts).
 */
export const evidenceText = defineDictionary({
  zh: {
    'gap.missing': '本地尚无机构落位',
    'gap.extend': '本地尚无机构落位；其上游环节（{inputs}）均已具备，可向此延链',
    'gap.weak': '仅 {counted} 家，且无链主、单项冠军或小巨人',
    'gap.four_bases_thin': '“四基”环节（{bases}）仅 {counted} 家',
    'gap.single_supplier': '仅一家机构：{only}',
    'gap.outside_dependence':
      '本地配套率 {share}（按{basis}计，{inLinks} 条输入关系），低于阈值 {threshold}',
    'gap.withheld':
      '本地配套率保密：少于 3 家机构或单一机构占比过高，按保密规则不公开（分析员登录后可见）',
    'gap.inputs_missing': '上游环节 {inputs} 本地没有机构：依赖外部供应',
    'gap.io': '全国投入产出表：{buyer}每万元产出直接消耗{supplier} {a} 万元（{year} 年）',
    'gap.ioSameSector': '全国投入产出表：两端同属“{sector}”部门（{year} 年），无法区分',
    'gap.ioNone': '全国投入产出表（{year} 年）中没有这条直接流量，需复核',
    'gap.ioSeparator': '；',
    'basis.value': '交易额',
    'basis.count': '关系数',
    'node.missing': '本地尚无{what}落位',
    'node.strong':
      '{counted} 家{what}，其中链主/冠军/小巨人 {anchors} 家：达到“强”（≥ {minFirms} 家且 ≥ {minAnchors} 家龙头）',
    'node.weak': '{counted} 家{what}，无链主/冠军/小巨人：不超过 {maxFirms} 家且无龙头为“弱”',
    'node.present': '{counted} 家{what}，其中链主/冠军/小巨人 {anchors} 家：介于“强”与“弱”之间',
    'what.firms': '企业',
    'what.organisations': '机构',
    'placed.keyword': '{where}「{text}」含关键词「{keyword}」（置信度 {confidence}）',
    'placed.code': '行业代码 {industry} 属于本环节代码 {code}（置信度 {confidence}）',
    'placed.decision': '{who}人工判定：{decision}{note}',
    'placed.action': '招商事项已落地（{action}）',
    'where.name': '名称',
    'where.product': '产品',
    'where.label': '行业标签',
    'decision.place': '放入本环节',
    'decision.confirm': '确认',
    'decision.reject': '否决',
    revenue: '营业收入 {revenue}，居本环节候选前 {top}',
    distance: '距离 {km}{region}',
    ties: '已与本地机构有 {n} 条供应关系',
    synthetic: '合成记录：并非真实企业',
    'tier.chain_leader': '链主企业',
    'tier.single_champion': '单项冠军企业',
    'tier.little_giant': '专精特新“小巨人”企业',
    'match.text': '需求用词命中：{terms}（相关度为最佳的 {relevance}）',
    'match.node.same': '位于所需产业链环节 {nodes}',
    'match.node.group': '与 {nodes} 同属一个行业',
    'match.distance': '距离 {km}',
    'match.distance.unknown': '距离未知：缺少位置坐标',
    'match.size.fits': '规模相符（{size}）',
    'match.size.unknown': '规模未知',
    'match.tags': '{tags}',
    'match.past': '与采购方有过 {n} 次供应关系',
    'match.pool': '同行链主认可：{peers}',
    'match.added': '{line}：得分 +{contribution}（占总分 {share}）',
    'size.sme': '中小企业',
    'size.large': '大型企业',
    'disruption.anySupplier': '同一产品在图谱中任何仍在运行的供应商都可以接手客户（乐观假设）',
    'disruption.failAt': '客户失去 {failAt} 及以上的投入即停产，并停止向下游供货',
    'disruption.unvalued': '没有金额的供应关系按 1 计',
    networkedRule:
      '与其他成员有联系的企业占比 ≥ {linked} 且最大连通群体占比 ≥ {largest} 时判定为“网络化”（本产品的约定，不是官方标准）',
    densityRule: '期望密度 = ln(n)/(n−1)，即随机图的连通阈值（Erdős & Rényi 1960）',
  },
  en: {
    'gap.missing': 'no organisation placed here',
    'gap.extend':
      'no organisation placed; all its inputs ({inputs}) are present: the chain can extend here',
    'gap.weak':
      'only {counted|organisation|organisations}, and no chain leader, single-item champion or little giant',
    'gap.four_bases_thin':
      'four-bases node ({bases}) held by only {counted|organisation|organisations}',
    'gap.single_supplier': 'one organisation only: {only}',
    'gap.outside_dependence':
      '{share} of inputs (by {basis}) bought here, from {inLinks} in-links; threshold {threshold}',
    'gap.withheld':
      'inside share withheld: fewer than 3 organisations, or one makes up too much of it (analysts see it when signed in)',
    'gap.inputs_missing':
      'its input node(s) {inputs} have no organisation here: supplied from outside',
    'gap.io':
      'national input-output table: {buyer} buys {a} yuan of {supplier} per yuan of output ({year})',
    'gap.ioSameSector':
      'national input-output table: both ends lie in the sector "{sector}" ({year}), which cannot tell them apart',
    'gap.ioNone': 'national input-output table ({year}): no such direct flow, to review',
    'gap.ioSeparator': '; ',
    'basis.value': 'value',
    'basis.count': 'count of links',
    'node.missing': 'no {what} placed here',
    'node.strong':
      '{counted} {what}, {anchors} of them leaders, champions or little giants: strong (≥ {minFirms} {what} and ≥ {minAnchors} anchors)',
    'node.weak':
      '{counted} {what}, no leader, champion or little giant: weak (≤ {maxFirms} {what} and no anchor)',
    'node.present':
      '{counted} {what}, {anchors} of them leaders, champions or little giants: neither strong nor weak',
    'what.firms': 'firms',
    'what.organisations': 'organisations',
    'placed.keyword': '{where} 「{text}」 contains 「{keyword}」 (confidence {confidence})',
    'placed.code': 'industry {industry} under the node’s code {code} (confidence {confidence})',
    'placed.decision': '{decision} by hand{who}{note}',
    'placed.action': 'landed through attraction action {action}',
    'where.name': 'name',
    'where.product': 'product',
    'where.label': 'industry label',
    'decision.place': 'placed on the node',
    'decision.confirm': 'confirmed',
    'decision.reject': 'rejected',
    revenue: 'revenue {revenue}, in the top {top} of the node’s candidates',
    distance: '{km} away{region}',
    ties: 'already has {n} supply link(s) with organisations here',
    synthetic: 'SYNTHETIC record: not a real firm',
    'tier.chain_leader': 'chain leader',
    'tier.single_champion': 'single-item champion',
    'tier.little_giant': 'little giant',
    'match.text': 'words of the need found: {terms} (relevance {relevance} of the best)',
    'match.node.same': 'on the wanted chain node {nodes}',
    'match.node.group': 'in the same industry as {nodes}',
    'match.distance': '{km} away',
    'match.distance.unknown': 'distance unknown: no location',
    'match.size.fits': 'size fits ({size})',
    'match.size.unknown': 'size unknown',
    'match.tags': '{tags}',
    'match.past': '{n} past link(s) with the buyer',
    'match.pool': 'qualified by a peer: {peers}',
    'match.added': '{line}: score +{contribution} ({share} of the total)',
    'size.sme': 'SME',
    'size.large': 'large firm',
    'disruption.anySupplier':
      'any surviving supplier of the same product anywhere in the atlas can take a customer on (optimistic)',
    'disruption.failAt':
      'a customer that loses {failAt} or more of its inputs fails and stops supplying',
    'disruption.unvalued': 'a link without a value counts 1',
    networkedRule:
      'networked when the share of firms linked to another member ≥ {linked} and the largest connected group’s share ≥ {largest} (a convention of this product, not an official threshold)',
    densityRule:
      'expected density = ln(n)/(n−1), the connectivity threshold of a random graph (Erdős & Rényi 1960)',
  },
});

export type EvidenceKey = keyof (typeof evidenceText)['en'];
