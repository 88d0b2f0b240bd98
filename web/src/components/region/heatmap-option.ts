import { axisIndustryName } from '../../industry-label.ts';
import type { useIndustryName } from '../../industry-name.ts';
import type { Lang } from '../../i18n/common.ts';
import type { useLang } from '../../lang.tsx';
import type { MetricAnswer, NamedCode } from '../../types.ts';
import { escapeHtml } from '../../escape-html.ts';
import { WITHHELD_VALUE, withheldLabel, withheldPiece } from '../../withheld.ts';
import { colon } from '../../i18n/colon.ts';

/** LQ bands of the heat map: under-represented, below par, specialised, highly specialised. */
const LQ_PIECES = [
  { lt: 0.5, color: '#eef2f6' },
  { gte: 0.5, lt: 1, color: '#b8d0e8' },
  { gte: 1, lt: 2, color: '#f6b26b' },
  { gte: 2, color: '#c8480c' },
];

type LangTools = ReturnType<typeof useLang>;

/**
 * The ECharts option of the LQ heat map: every region (rows, the chosen one
 * marked) × industry (columns); `withheld` cells get their own grey piece.
 */
export function heatmapOption(a: {
  lq: MetricAnswer;
  region: string;
  withheld: number;
  lang: Lang;
  t: LangTools['t'];
  name: LangTools['name'];
  inm: ReturnType<typeof useIndustryName>;
}) {
  const { lq, region, withheld, lang, t, name, inm } = a;
  const ri = new Map(lq.regions.map((r, k) => [r.code, k]));
  const ii = new Map(lq.industries.map((r, k) => [r.code, k]));
  // A withheld cell (null) is drawn grey by its own legend piece, never as an LQ of 0.
  const cells = lq.rows.map((r) => [
    ii.get(r.industry!)!,
    ri.get(r.region!)!,
    r.value ?? WITHHELD_VALUE,
  ]);
  const regionLabel = (r: NamedCode) => name(r.nameZh, r.nameEn);
  const industryLabel = (i: NamedCode) =>
    axisIndustryName(lang, i.code, inm.name(i.code, i.nameZh, i.nameEn), 12);
  return {
    tooltip: {
      position: 'top',
      formatter: (p: { value: [number, number, number] }) => {
        const [x, y, v] = p.value;
        const i = lq.industries[x];
        const lqv = v === WITHHELD_VALUE ? withheldLabel(lang, true) : v.toFixed(3);
        return `${escapeHtml(regionLabel(lq.regions[y]))} × ${escapeHtml(`${i.code} ${inm.name(i.code, i.nameZh, i.nameEn)}`)}<br/>${t('lq')}${colon(lang)}${escapeHtml(lqv)}`;
      },
    },
    grid: { left: 8, right: 16, top: 8, bottom: 60, containLabel: true },
    xAxis: {
      type: 'category',
      data: lq.industries.map(industryLabel),
      axisLabel: { rotate: 50, fontSize: 10, interval: 0 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: lq.regions.map(regionLabel),
      axisLabel: {
        fontSize: 11,
        interval: 0,
        formatter: (v: string, k: number) => (lq.regions[k]?.code === region ? `{sel|▶ ${v}}` : v),
        rich: { sel: { fontWeight: 'bold', color: '#c8480c' } },
      },
      inverse: true,
    },
    visualMap: {
      type: 'piecewise',
      precision: 1,
      pieces: withheld > 0 ? [withheldPiece(lang, withheld), ...LQ_PIECES] : LQ_PIECES,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 11 },
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } },
      },
    ],
  };
}
