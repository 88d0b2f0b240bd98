import { useIndustryName } from '../../industry-name.ts';
import { axisIndustryName } from '../../industry-label.ts';
import { formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import type { HomogeneityAnswer } from '../../types.ts';
import { EChart } from '../EChart.tsx';
import { escapeHtml } from '../../escape-html.ts';
import { WithheldNote } from '../Withheld.tsx';
import { withheldLabel } from '../../withheld.ts';
import { colon } from '../../i18n/colon.ts';

/** An LQ to `digits` decimals, or the withheld label. */
const lqText = (lang: Parameters<typeof withheldLabel>[0], lq: number | null, digits = 2) =>
  lq === null ? withheldLabel(lang) : lq.toFixed(digits);

/** The region's top industries by share, coloured by whether their LQ reaches 1. */
export function StructureChart({ h }: { h: HomogeneityAnswer }) {
  const inm = useIndustryName();
  const { t, lang } = useLang();
  // A withheld share (too few firms, or one dominates) is left out, never drawn as 0; the note says how many.
  const shown = h.structure.slice(0, 12);
  const top = shown.filter((s) => s.share !== null).reverse();
  const withheld = shown.length - top.length;
  const option = {
    // No entry animation: the bars are read, not watched (and screenshots are stable).
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const s = top[p.dataIndex];
        return `${escapeHtml(inm.name(s.industry, s.nameZh, s.nameEn))}<br/>${t('share')}${colon(lang)}${formatPercent(lang, s.share ?? 0)}<br/>${t('lq')}${colon(lang)}${lqText(lang, s.lq)}`;
      },
    },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatPercent(lang, v) } },
    yAxis: {
      type: 'category',
      data: top.map((s) =>
        axisIndustryName(lang, s.industry, inm.name(s.industry, s.nameZh, s.nameEn), 16),
      ),
      axisLabel: { fontSize: 11 },
    },
    series: [
      {
        type: 'bar',
        data: top.map((s) => ({
          value: s.share,
          itemStyle: { color: s.lq === null ? '#afb8c1' : s.lq >= 1 ? '#d9822b' : '#8aa9c8' },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: 10,
          formatter: (p: { dataIndex: number }) => `LQ ${lqText(lang, top[p.dataIndex].lq)}`,
        },
      },
    ],
  };
  return (
    <>
      <EChart
        option={option}
        height={Math.max(180, top.length * 24 + 30)}
        testId="structure-chart"
        table={{
          name: 'industry-structure',
          columns: ['industry', 'name', 'share', 'lq'],
          rows: shown.map((s) => [
            s.industry,
            inm.name(s.industry, s.nameZh, s.nameEn),
            s.share,
            s.lq,
          ]),
          nullIsWithheld: true,
        }}
      />
      <WithheldNote count={withheld} kind="bars" />
    </>
  );
}
