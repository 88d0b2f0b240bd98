import { api, type MatrixParams } from '../../api/index.ts';
import { SyntheticBadge } from '../../components/Badges.tsx';
import { Consolidation } from '../../components/cluster/Consolidation.tsx';
import { ClusterLqTable } from '../../components/metrics/ClusterLqTable.tsx';
import { MatrixBasis } from '../../components/region/MatrixBasis.tsx';
import { SpecialisationTable } from '../../components/metrics/SpecialisationTable.tsx';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../use-load.ts';

// No measure: the server's default (employees where any organisation has them, else count).
const PARAMS: MatrixParams = {
  regionLevel: 'prefecture',
  industryLevel: '2',
};

/**
 * The cluster's concentration figures: the location quotient of its
 * industries (GB/T 4754 divisions) in its prefectures, and how specialised
 * those prefectures are (Krugman index, HHI). Unrounded figures come from
 * the API; only the display rounds.
 */
export function MetricsTab(props: { cluster: ClusterProfile }) {
  const { t, name, lang } = useLang();
  const tt = useDictionary(rankingsText);
  const c = props.cluster;
  const lq = useLoad('lq', () => api.metric('lq', PARAMS));
  const krugman = useLoad('krugman', () => api.metric('krugman', PARAMS));
  const hhi = useLoad('hhi', () => api.metric('hhi_region', PARAMS));
  if (lq.error) return <p role="alert">{lq.error}</p>;
  if (!lq.data) return <p className="muted">{t('loading')}</p>;
  // The cluster's regions at prefecture level: a province covers its prefectures.
  const mine = (region: string) =>
    c.regions.some((r) => r === region || (/0000$/.test(r) && region.startsWith(r.slice(0, 2))));
  const divisions = new Set(c.industries.map((i) => i.replace(/^[A-Z]/, '').slice(0, 2)));
  const regionName = (code: string) => {
    const r = lq.data!.regions.find((x) => x.code === code);
    return r ? name(r.nameZh, r.nameEn) : code;
  };
  const industryName = (code: string) => {
    const r = lq.data!.industries.find((x) => x.code === code);
    return r ? `${code} ${name(r.nameZh, r.nameEn)}` : code;
  };
  const cells = lq.data.rows
    .filter((r) => r.region && r.industry && mine(r.region) && divisions.has(r.industry))
    // Withheld cells (null: too few firms, or one dominates) last, never as 0.
    .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  const regions = [
    ...new Set(lq.data.rows.filter((r) => r.region && mine(r.region)).map((r) => r.region!)),
  ];
  return (
    <section className="tab metrics-tab" data-testid="tab-metrics">
      {/* What the matrix counts (employees, or listed firms where no firm has figures): said, not assumed. */}
      <p className="muted" data-testid="metrics-basis">
        <MatrixBasis
          info={lq.data.matrix}
          measureName={t(`measure.${lq.data.matrix.measure}` as 'measure.count')}
        />
        {lang === 'en' ? '. ' : '。'}
        {tt('metricsExplain')}{' '}
        {lq.data.warnings.some((w) => w.code === 'ATLAS_W_SYNTHETIC_INCLUDED') ? (
          <SyntheticBadge />
        ) : null}
      </p>
      <ClusterLqTable
        lq={lq.data}
        cells={cells}
        regionName={regionName}
        industryName={industryName}
      />
      <SpecialisationTable
        regions={regions}
        krugman={krugman.data}
        hhi={hhi.data}
        regionName={regionName}
      />
      <Consolidation clusterId={c.id} />
    </section>
  );
}
