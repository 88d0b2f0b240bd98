import { defineDictionary } from './dictionary.ts';

/**
 * A figure the server withheld under the disclosure rule
 * (src/core/access/disclosure.ts): fewer than 3 contributing firms, one of
 * them over 85% of the sum, or recoverable from the figures beside it. Said
 * the same way on every page.
 */
export const withheldText = defineDictionary({
  zh: {
    withheld: '保密',
    reason:
      '少于 3 家机构或单一机构占比过高，按保密规则不公开（也不公开可由相邻数字推算出的数字）；分析员和管理员登录后可见',
    heatmapLegend: '灰色格：保密，{n} 格未公开',
    bars: '{n} 项保密，未画出',
    mapPoints: '{n} 个的数值保密，未在地图上按数值标出',
    share: '占比保密',
  },
  en: {
    withheld: 'withheld',
    reason:
      'Fewer than 3 organisations, or one makes up too much of it: withheld under the confidentiality rule (as is a figure that could be worked out from those beside it); analysts and admins see it when signed in',
    heatmapLegend: 'Grey cells: withheld, {n|cell|cells} not shown',
    bars: '{n|bar|bars} withheld, not drawn',
    mapPoints: '{n|point|points} with withheld figures, not drawn by figure on the map',
    share: 'share withheld',
  },
});
