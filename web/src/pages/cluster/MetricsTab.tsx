import { api, type MatrixParams } from '../../api.ts';
import { SyntheticBadge } from '../../components/Badges.tsx';
import { Figure } from '../../components/Figure.tsx';
import { Consolidation } from '../../components/cluster/Consolidation.tsx';
import { Withheld } from '../../components/Withheld.tsx';
import { metricProvenance } from '../../metric-provenance.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import { regionHref } from '../../route.ts';
import type { ClusterProfile } from '../../types.ts';
import { useLoad } from '../../useLoad.ts';

// No measure: the server's default (employees where any organisation has them, else count).
const PARAMS: MatrixParams = {
  regionLevel: 'prefecture',
  industryLevel: '2',
};

/** The reference each figure equals (tests/concentration), named in its tooltip. */
const CONVENTIONS = {
  lq: '(x_ri / X_r) / (X_i / X) · EconGeo location_quotient',
  krugman: 'Σ_i |s_ri − s_i|, not halved · EconGeo krugman_index',
  hhi: 'Σ_i s_ri² · REAT herf',
} as const;

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
  const regionValue = (
    rows: { region?: string; value: number | null }[] | undefined,
    code: string,
  ) => rows?.find((r) => r.region === code)?.value;
  // Each figure tells its metric, convention and matrix on hover and focus.
  const lqTip = metricProvenance('LQ', CONVENTIONS.lq, lq.data.matrix, t, lang);
  const figure = (
    answer: typeof krugman.data,
    metric: keyof typeof CONVENTIONS,
    code: string,
    digits: number,
  ) => {
    const v = regionValue(answer?.rows, code);
    if (!answer || v === undefined) return '—';
    if (v === null) return <Withheld />;
    return (
      <Figure
        provenance={metricProvenance(tt(metric), CONVENTIONS[metric], answer.matrix, t, lang)}
        synthetic={(answer.matrix.syntheticShare ?? 0) > 0}
      >
        {v.toFixed(digits)}
      </Figure>
    );
  };
  return (
    <section className="tab metrics-tab" data-testid="tab-metrics">
      <p className="muted">
        {tt('metricsExplain')}{' '}
        {lq.data.warnings.some((w) => w.code === 'ATLAS_W_SYNTHETIC_INCLUDED') ? (
          <SyntheticBadge />
        ) : null}
      </p>
      <h3>{tt('lq')}</h3>
      {cells.length === 0 ? <p className="muted">{tt('noCells')}</p> : null}
      <table className="table" data-testid="cluster-lq">
        <thead>
          <tr>
            <th>{tt('region')}</th>
            <th>{tt('industry')}</th>
            <th className="num">LQ</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((r) => (
            <tr key={`${r.region}-${r.industry}`}>
              <td>{regionName(r.region!)}</td>
              <td>{industryName(r.industry!)}</td>
              <td className="num">
                {r.value === null ? (
                  <Withheld />
                ) : (
                  <Figure provenance={lqTip} synthetic={(lq.data!.matrix.syntheticShare ?? 0) > 0}>
                    {r.value.toFixed(2)}
                  </Figure>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tt('specialisation')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>{tt('region')}</th>
            <th className="num">{tt('krugman')}</th>
            <th className="num">{tt('hhi')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {regions.map((code) => (
            <tr key={code}>
              <td>{regionName(code)}</td>
              <td className="num">{figure(krugman.data, 'krugman', code, 3)}</td>
              <td className="num">{figure(hhi.data, 'hhi', code, 3)}</td>
              <td>
                <a href={regionHref(code)}>{tt('regionPage')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Consolidation clusterId={c.id} />
    </section>
  );
}
