import type { MatrixParams } from '../../api/index.ts';
import { complexityYearsApi } from '../../api/complexity-years.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { timeSliderText } from '../../i18n/time-slider.ts';
import { useLang } from '../../lang.tsx';
import type { MatrixInfo } from '../../types.ts';
import { useLoad } from '../../use-load.ts';
import { ComplexityBasis } from '../years/ComplexityBasis.tsx';
import { TimeSlider } from '../years/TimeSlider.tsx';
import { complexityIndicators } from '../years/complexity-indicators.ts';

/**
 * The region's time slider: its ECI (on the first year's scale), ECI rank and
 * diversity for every year the page's matrix source holds. Asked only when
 * the page's measure has years (a count of organisations has none), so the
 * page never requests what does not exist.
 */
export function RegionYears(props: { region: string; params: MatrixParams; matrix: MatrixInfo }) {
  const { lang } = useLang();
  const tt = useDictionary(timeSliderText);
  const m = props.matrix;
  const measure =
    m.measure === 'count' ? undefined : (m.measure as 'employees' | 'revenue' | 'output');
  const yearly = measure !== undefined && m.years.length > 1;
  const source = (m.source ?? 'organizations') as 'organizations' | 'statistics';
  const key = `${props.region}|${source}|${measure}|${props.params.regionLevel}|${props.params.industryLevel}`;
  const { data } = useLoad(key, async () =>
    yearly
      ? complexityYearsApi.years({
          region: props.region,
          source,
          measure,
          regionLevel: props.params.regionLevel,
          industryLevel: Number(props.params.industryLevel),
        })
      : null,
  );
  if (!data) return null;
  const level = tt(data.regionLevel === 'province' ? 'provinces' : 'prefectures');
  return (
    <TimeSlider
      testId="region-years"
      title={tt('regionTitle')}
      hint={tt('regionHint', { base: data.baseYear, level })}
      indicators={complexityIndicators(data, tt, lang)}
      footer={<ComplexityBasis data={data} />}
    />
  );
}
