import { useMemo } from 'react';
import { useIndustryName } from '../../industry-name.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import type { MetricAnswer } from '../../types.ts';
import { EChart } from '../EChart.tsx';
import { WithheldNote } from '../Withheld.tsx';
import { heatmapOption } from './heatmap-option.ts';
import { writeDrawnIndustries } from './drawn-industries.ts';

/** The LQ heat map of every region × industry of the level; a click opens that region. */
export function LqHeatmap({ lq, region }: { lq: MetricAnswer; region: string }) {
  const inm = useIndustryName();
  const { t, name, lang } = useLang();
  const withheld = lq.rows.filter((r) => r.value === null).length;
  const option = useMemo(
    () => heatmapOption({ lq, region, withheld, lang, t, name, inm }),
    // inm changes when the divisions' English titles arrive: the map redraws with them.
    [lq, region, name, t, lang, withheld, inm],
  );
  return (
    <>
      <EChart
        option={option}
        height={Math.max(260, lq.regions.length * 20 + 150)}
        testId="lq-heatmap"
        table={{
          name: 'lq-heatmap',
          columns: ['region', 'regionName', 'industry', 'industryName', 'lq'],
          rows: lq.rows.map((r) => {
            const rg = lq.regions.find((x) => x.code === r.region);
            const ind = lq.industries.find((x) => x.code === r.industry);
            return [
              r.region ?? '',
              rg ? name(rg.nameZh, rg.nameEn) : '',
              r.industry ?? '',
              ind ? inm.name(ind.code, ind.nameZh, ind.nameEn) : '',
              r.value,
            ];
          }),
          links: lq.rows.map((r) => (r.region ? regionHref(r.region) : null)),
          nullIsWithheld: true,
        }}
        onFinished={writeDrawnIndustries}
        onClick={(p) => {
          const v = p.value as [number, number, number] | undefined;
          if (v) window.location.assign(regionHref(lq.regions[v[1]].code));
        }}
      />
      <WithheldNote count={withheld} kind="heatmapLegend" />
    </>
  );
}
