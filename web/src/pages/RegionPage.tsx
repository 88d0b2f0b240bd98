import type { MatrixParams } from '../api/index.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { regionSourceText } from '../i18n/region-source.ts';
import type { Key } from '../i18n/common.ts';
import { useLang } from '../lang.tsx';
import { isProvinceCode } from '../route.ts';
import { MatrixBasis } from '../components/region/MatrixBasis.tsx';
import { MatrixOptions } from '../components/region/MatrixOptions.tsx';
import { NationalNote } from '../components/region/NationalNote.tsx';
import { RegionGrid } from '../components/region/RegionGrid.tsx';
import { RegionPicker } from '../components/region/RegionPicker.tsx';
import { useMatrixChoices } from '../components/region/use-matrix-choices.ts';
import { useRegionData } from '../components/region/use-region-data.ts';
import { colon } from '../i18n/colon.ts';

/**
 * The region page: pick a province or a prefecture; see its industry
 * structure, the LQ heat map of every region × industry of the level, its
 * strongest clusters (US Cluster Mapping rule), and the regions whose
 * priority industries are most alike (homogeneous competition, 同质化竞争).
 */
export function RegionPage({ code }: { code: string | null }) {
  const { t, lang } = useLang();
  const tr = useDictionary(regionSourceText);
  // The level follows the code in the hash: one source of truth, shareable links.
  const regionLevel: MatrixParams['regionLevel'] =
    code && !isProvinceCode(code) ? 'prefecture' : 'province';
  const choices = useMatrixChoices(regionLevel);
  const { params } = choices;
  const { data, regions, current, homog, error, noStatistics } = useRegionData(
    code,
    params,
    choices.lqName,
  );
  const measure = choices.picked ?? (data?.lq.matrix.measure as MatrixParams['measure']) ?? 'count';
  const measureName = t(`measure.${measure}` as Key);

  return (
    <main className="region-page" data-testid="region-page">
      <section className="region-controls">
        <h2>{t('regionPageTitle')}</h2>
        <RegionPicker regionLevel={regionLevel} regions={regions} current={current} />
        <MatrixOptions choices={choices} measure={measure} />
        {data ? <MatrixBasis info={data.lq.matrix} measureName={measureName} /> : null}
        {data && data.lq.metric === 'lq_national' ? <NationalNote lq={data.lq} /> : null}
        <a
          className="export"
          href={`/api/metrics/lq?${new URLSearchParams({ ...params, measure, format: 'csv' })}`}
        >
          {t('exportCsv')}
        </a>
      </section>
      {error ? (
        <div className="error" role="alert">
          {t('loadFailed')}
          {colon(lang)}
          {error}
        </div>
      ) : null}
      {noStatistics ? (
        <p className="muted" data-testid="no-statistics">
          {tr('noStatistics')}
        </p>
      ) : null}
      {!data && !error && !noStatistics ? (
        <div className="loading muted">{t('loading')}</div>
      ) : null}
      {data && current ? (
        <RegionGrid
          data={data}
          region={current.code}
          homog={homog}
          params={params}
          measureName={measureName}
        />
      ) : null}
      {data && !current ? <p className="muted">{t('noMatch')}</p> : null}
    </main>
  );
}
