import type { MatrixParams } from '../../api/index.ts';
import { api } from '../../api/index.ts';
import { complexityApi } from '../../api/complexity.ts';
import { complexityText } from '../../i18n/complexity.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { reportsText } from '../../i18n/reports.ts';
import { useLang } from '../../lang.tsx';
import type { Key, Lang } from '../../i18n/common.ts';
import type { MatrixInfo } from '../../types.ts';
import { clusterHref } from '../../route.ts';
import { useLoad } from '../../use-load.ts';
import { PdfLink } from './PdfLink.tsx';
import { SpecialisationChart } from './SpecialisationChart.tsx';
import { WithheldNote } from '../Withheld.tsx';

/**
 * No measure: the API's default, as on the region page — employees when the
 * atlas holds any, else the count of organisations (the default atlas holds
 * listed firms without measures: asking for employees answered 404).
 */
const PARAMS: MatrixParams = {
  regionLevel: 'prefecture',
  industryLevel: '2',
};
const TOP = 10;

/** A figure to 2 decimals, or "–" where the answer holds none (withheld or not computed). */
function fixed(v: number | null | undefined): string {
  return typeof v === 'number' ? v.toFixed(2) : '–';
}

/** What the LQs are computed from: the measure, the year where the data give one, the synthetic share. */
function basisLine(
  m: MatrixInfo,
  tr: (
    key: 'basis' | 'basisShareWithheld' | 'basisYear',
    vars?: Record<string, string | number>,
  ) => string,
  t: ReturnType<typeof useLang>['t'],
  lang: Lang,
): string {
  const measure = t(`measure.${m.measure}` as Key);
  const vars = {
    measure: lang === 'en' ? measure.toLowerCase() : measure,
    when: m.year ? tr('basisYear', { year: m.year }) : '',
  };
  return m.syntheticShare === null
    ? tr('basisShareWithheld', vars)
    : tr('basis', { ...vars, share: Math.round(m.syntheticShare * 100) });
}

/**
 * A printable region report: its specialisations (LQ by GB/T 4754 division),
 * its place in economic complexity, its growth opportunities, and the
 * clusters it hosts — the region profile on paper.
 */
export function RegionReport({ code }: { code: string }) {
  const { t, name, lang } = useLang();
  const tr = useDictionary(reportsText);
  const tx = useDictionary(complexityText);
  const lq = useLoad(`report-lq|${code}`, () => api.metric('lq', PARAMS));
  const eci = useLoad('report-eci', () => complexityApi.regions(PARAMS));
  const opp = useLoad(`report-opp|${code}`, () => complexityApi.opportunities(code, PARAMS, true));
  const clusters = useLoad('clusters', () => api.clusters());
  if (lq.error) return <p role="alert">{lq.error}</p>;
  if (!lq.data) return <p className="muted">{t('loading')}</p>;
  const region = lq.data.regions.find((r) => r.code === code);
  if (!region) return <p role="alert">{tr('noRegion', { code })}</p>;
  const industry = new Map(lq.data.industries.map((i) => [i.code, name(i.nameZh, i.nameEn)]));
  const mine = lq.data.rows.filter((r) => r.region === code);
  // Withheld LQs (null: too few firms, or one dominates) cannot be ranked: left out, and counted.
  const top = mine
    .flatMap((r) => (r.value === null ? [] : [{ industry: r.industry!, value: r.value }]))
    .sort((a, b) => b.value - a.value)
    .slice(0, TOP);
  const withheld = mine.filter((r) => r.value === null).length;
  const rank = eci.data ? eci.data.rows.findIndex((r) => r.region === code) : -1;
  const hosted = (clusters.data ?? []).filter((c) =>
    c.regions.some((r) => r === code || code.startsWith(r.replace(/0+$/, ''))),
  );
  return (
    <article
      className="report"
      data-testid="region-report"
      data-report-ready={[eci, opp, clusters].every((l) => !l.loading)}
    >
      <div className="no-print report-actions">
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {tr('print')}
        </button>
        <PdfLink path={`region/${code}`} />
      </div>
      <h1>{name(region.nameZh, region.nameEn)}</h1>
      <p className="muted">{tr('generated', { at: new Date().toISOString().slice(0, 10) })}</p>
      <p className="muted">{basisLine(lq.data.matrix, tr, t, lang)}</p>
      <h2>{tr('specialisations')}</h2>
      <SpecialisationChart
        region={code}
        rows={top.map((r) => ({
          industry: r.industry,
          name: industry.get(r.industry) ?? '',
          lq: r.value,
        }))}
      />
      <LqTable rows={top} names={industry} />
      <WithheldNote count={withheld} kind="bars" />
      {rank >= 0 && eci.data ? (
        <p data-testid="report-eci">
          {tx('eciRank', { k: rank + 1, n: eci.data.rows.length })} ·{' '}
          {tx('eci', { v: fixed(eci.data.rows[rank].eci) })}
        </p>
      ) : null}
      {opp.data ? (
        <>
          <h2>{tx('title')}</h2>
          <ol data-testid="report-opportunities">
            {opp.data.opportunities.map((o) => (
              <li key={o.industry}>
                {o.industry} {industry.get(o.industry) ?? ''} ·{' '}
                {tx(`class.${o.class}` as 'class.opportunity')} · {tx('density')} {fixed(o.density)}
              </li>
            ))}
          </ol>
          <p className="muted">{tx('note')}</p>
        </>
      ) : null}
      <Hosted clusters={hosted} />
    </article>
  );
}

/** The region's strongest divisions with their LQ, as a table beside the chart. */
function LqTable(props: {
  rows: { industry: string; value: number }[];
  names: Map<string, string>;
}) {
  const tx = useDictionary(complexityText);
  return (
    <table className="table" data-testid="report-lq">
      <thead>
        <tr>
          <th>{tx('industry')}</th>
          <th className="num">LQ</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.industry}>
            <td>
              {r.industry} {props.names.get(r.industry) ?? ''}
            </td>
            <td className="num">{r.value.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The clusters that cover the region, each linked to its profile. */
function Hosted({
  clusters,
}: {
  clusters: { id: string; name: string; nameEn?: string | null }[];
}) {
  const { name } = useLang();
  const tr = useDictionary(reportsText);
  return (
    <>
      <h2>{tr('hosted')}</h2>
      {clusters.length === 0 ? <p className="muted">{tr('noneHosted')}</p> : null}
      <ul>
        {clusters.map((c) => (
          <li key={c.id}>
            <a href={clusterHref(c.id)}>{name(c.name, c.nameEn)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
