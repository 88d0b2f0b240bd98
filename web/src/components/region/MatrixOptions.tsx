import type { MatrixParams } from '../../api/index.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { regionSourceText } from '../../i18n/region-source.ts';
import type { Key } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import type { Benchmark, MatrixChoices, Source } from './use-matrix-choices.ts';

const MEASURES: MatrixParams['measure'][] = ['employees', 'revenue', 'count'];
/** A yearbook table has no count of organisations. */
const STATISTICS_MEASURES: MatrixParams['measure'][] = ['employees', 'revenue', 'output'];

/** Industry level, source, measure and LQ benchmark of the region matrices. */
export function MatrixOptions(props: { choices: MatrixChoices; measure: MatrixParams['measure'] }) {
  const { industryLevel, setIndustryLevel, picked, setMeasure, source, setSource } = props.choices;
  const { benchmark, setBenchmark } = props.choices;
  const { t } = useLang();
  const tr = useDictionary(regionSourceText);
  return (
    <>
      <label>
        {t('industryLevel')}
        <select
          value={industryLevel}
          onChange={(e) => setIndustryLevel(e.target.value as MatrixParams['industryLevel'])}
        >
          <option value="1">{t('industryLevel1')}</option>
          <option value="2">{t('industryLevel2')}</option>
        </select>
      </label>
      <label>
        {tr('source')}
        <select
          value={source}
          onChange={(e) => {
            const next = e.target.value as Source;
            if (next === 'statistics' && picked === 'count') setMeasure(undefined);
            if (next === 'organizations' && picked === 'output') setMeasure(undefined);
            setSource(next);
          }}
          data-testid="matrix-source"
        >
          <option value="organizations">{tr('source.organizations')}</option>
          <option value="statistics">{tr('source.statistics')}</option>
        </select>
      </label>
      <label>
        {t('measure')}
        <select
          value={props.measure}
          onChange={(e) => setMeasure(e.target.value as MatrixParams['measure'])}
        >
          {(source === 'statistics' ? STATISTICS_MEASURES : MEASURES).map((m) => (
            <option key={m} value={m}>
              {t(`measure.${m}` as Key)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {tr('benchmark')}
        <select
          value={benchmark}
          onChange={(e) => setBenchmark(e.target.value as Benchmark)}
          data-testid="lq-benchmark"
        >
          <option value="regions">{tr('benchmark.regions')}</option>
          <option value="national">{tr('benchmark.national')}</option>
        </select>
      </label>
    </>
  );
}
