import { clusterSizeApi, type ClusterSize } from '../../api/cluster-size.ts';
import { complexityYearsApi } from '../../api/complexity-years.ts';
import { formatQuantity, type Unit } from '../../format.ts';
import type { Lang } from '../../i18n/common.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../use-load.ts';
import { ComplexityBasis } from '../years/ComplexityBasis.tsx';
import { TimeSlider } from '../years/TimeSlider.tsx';
import { complexityIndicators, type Tt } from '../years/complexity-indicators.ts';
import type { YearIndicator } from '../years/year-indicator.ts';

const SIZE: { key: 'employees' | 'revenue' | 'output'; unit: Unit }[] = [
  { key: 'employees', unit: 'persons' },
  { key: 'revenue', unit: 'yuan10k' },
  { key: 'output', unit: 'yuan10k' },
];

/** The cluster's region at the matrix's levels: a province as itself, a city or county as its prefecture. */
export function matrixRegion(code: string): {
  region: string;
  regionLevel: 'province' | 'prefecture';
} {
  return code.endsWith('0000')
    ? { region: code, regionLevel: 'province' }
    : { region: `${code.slice(0, 4)}00`, regionLevel: 'prefecture' };
}

/** The cluster's main division (GB/T 4754 level 2) from its first industry code (C3511 → 35). */
export function mainDivision(industries: readonly string[]): string | undefined {
  const m = /^[A-Z]?(\d{2})/.exec(industries[0] ?? '');
  return m?.[1];
}

function sizeIndicators(size: ClusterSize, tt: Tt, lang: Lang): YearIndicator[] {
  return SIZE.map(({ key, unit }) => ({
    key,
    label: tt(key),
    kind: 'level' as const,
    growth: true,
    format: (v: number) => formatQuantity(lang, v, unit),
    formatDelta: (v: number) => formatQuantity(lang, v, unit),
    points: size.years.map((y) => ({ year: y.year, value: y[key].sum })),
  }));
}

/**
 * The cluster's time slider: its members' size by year (sums the disclosure
 * rule lets through), the location quotient of its region in its main
 * division, the region's ECI and rank and the division's PCI, over the years
 * the data hold. Complexity is asked only when members have yearly figures.
 */
export function ClusterYears(props: { cluster: ClusterProfile }) {
  const { lang } = useLang();
  const tt = useDictionary(timeSliderText);
  const c = props.cluster;
  const { data } = useLoad(`cluster-years|${c.id}`, async () => {
    const size = await clusterSizeApi.size(c.id);
    const place = c.regions[0] ? matrixRegion(c.regions[0]) : null;
    if (size.years.length < 2 || !place) return { size, complexity: null };
    const complexity = await complexityYearsApi.years({
      ...place,
      industry: mainDivision(c.industries),
      industryLevel: 2,
    });
    return { size, complexity };
  });
  if (!data) return null;
  const indicators = [
    ...sizeIndicators(data.size, tt, lang),
    ...(data.complexity ? complexityIndicators(data.complexity, tt, lang) : []),
  ];
  return (
    <TimeSlider
      testId="cluster-years"
      title={tt('clusterTitle')}
      hint={tt('clusterHint', { base: data.complexity?.baseYear ?? '—' })}
      indicators={indicators}
      footer={data.complexity ? <ComplexityBasis data={data.complexity} /> : null}
    />
  );
}
