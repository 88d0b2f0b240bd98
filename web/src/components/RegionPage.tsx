import { useIndustryName } from '../industry-name.ts';
import { axisIndustryName } from '../industry-label.ts';
import { useEffect, useMemo, useState } from 'react';
import { api, ApiFailure, type MatrixParams } from '../api.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { regionSourceText } from '../i18n/region-source.ts';
import { formatNumber, formatPercent, type Key } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { IndustrySpace } from './region/IndustrySpace.tsx';
import { RegionOpportunities } from './region/RegionOpportunities.tsx';
import { isProvinceCode, regionHref } from '../route.ts';
import type { HomogeneityAnswer, MatrixInfo, MetricAnswer, NamedCode } from '../types.ts';
import { SyntheticBadge } from './Badges.tsx';
import { SourceText } from './SourceText.tsx';
import { EChart } from './EChart.tsx';
import { escapeHtml } from '../escape-html.ts';
import { Withheld, WithheldNote } from './Withheld.tsx';
import { WITHHELD_VALUE, withheldLabel, withheldPiece } from '../withheld.ts';

interface Matrices {
  lq: MetricAnswer;
  strong: MetricAnswer;
}

const MEASURES: MatrixParams['measure'][] = ['employees', 'revenue', 'count'];
/** A yearbook table has no count of organisations. */
const STATISTICS_MEASURES: MatrixParams['measure'][] = ['employees', 'revenue', 'output'];
type Source = NonNullable<MatrixParams['source']>;
/** LQ bands of the heat map: under-represented, below par, specialised, highly specialised. */
const LQ_PIECES = [
  { lt: 0.5, color: '#eef2f6' },
  { gte: 0.5, lt: 1, color: '#b8d0e8' },
  { gte: 1, lt: 2, color: '#f6b26b' },
  { gte: 2, color: '#c8480c' },
];

/** A figure to n decimals, or "–" where the answer holds none (withheld or not computed). */
function fixed(v: number | null | undefined, n: number): string {
  return typeof v === 'number' ? v.toFixed(n) : '–';
}

function short(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/**
 * The region page: pick a province or a prefecture; see its industry
 * structure, the LQ heat map of every region × industry of the level, its
 * strongest clusters (US Cluster Mapping rule), and the regions whose
 * priority industries are most alike (homogeneous competition, 同质化竞争).
 */
export function RegionPage({ code }: { code: string | null }) {
  const { t, name } = useLang();
  // The level follows the code in the hash: one source of truth, shareable links.
  const regionLevel: MatrixParams['regionLevel'] =
    code && !isProvinceCode(code) ? 'prefecture' : 'province';
  const [industryLevel, setIndustryLevel] = useState<MatrixParams['industryLevel']>('2');
  // Undefined until the reader picks one: the server's default, then the answer says which.
  const [picked, setMeasure] = useState<MatrixParams['measure']>(undefined);
  // The organisations of the atlas, or the regional statistics an office loaded.
  const [source, setSource] = useState<Source>('organizations');
  // The LQ's reference: the regions of the matrix (lq) or China's employment by division (lq_national).
  const [benchmark, setBenchmark] = useState<'regions' | 'national'>('regions');
  const lqName = benchmark === 'national' ? 'lq_national' : 'lq';
  const tr = useDictionary(regionSourceText);
  const params = useMemo<MatrixParams>(
    () => ({
      measure: picked,
      regionLevel,
      industryLevel,
      ...(source === 'statistics' ? { source } : {}),
    }),
    [picked, regionLevel, industryLevel, source],
  );
  const [loaded, setData] = useState<Matrices | null>(null);
  const [noStatistics, setNoStatistics] = useState(false);
  // An answer for another level or source (the hash or the choice just changed) is not shown.
  const data =
    loaded &&
    loaded.lq.matrix.regionLevel === regionLevel &&
    loaded.lq.metric === lqName &&
    (loaded.lq.matrix.source ?? 'organizations') === source
      ? loaded
      : null;
  const [homog, setHomog] = useState<HomogeneityAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    setNoStatistics(false);
    Promise.all([api.metric(lqName, params), api.metric('strong_cluster', params)])
      .then(([lq, strong]) => live && setData({ lq, strong }))
      .catch((e: Error) => {
        if (!live) return;
        // No statistics loaded at this level: say how to load them, not "failed".
        if (params.source === 'statistics' && e instanceof ApiFailure && e.status === 404)
          setNoStatistics(true);
        else setError(e.message);
      });
    return () => {
      live = false;
    };
  }, [params, lqName]);

  const regions = data?.lq.regions ?? [];
  const current =
    regions.find((r) => r.code === code) ??
    regions.find((r) => code && r.code.slice(0, 2) === code.slice(0, 2)) ??
    regions.find((r) => r.code.startsWith('32')) ??
    regions[0] ??
    null;

  useEffect(() => {
    if (!current || current.code !== code) return;
    let live = true;
    setHomog(null);
    api
      .homogeneity(current.code, params)
      .then((h) => live && setHomog(h))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [current, code, params]);

  // Land on a region with data: rewrite the hash (replace, so Back still leaves the page).
  useEffect(() => {
    if (current && current.code !== code) window.location.replace(regionHref(current.code));
  }, [current, code]);

  const changeLevel = (level: MatrixParams['regionLevel']) => {
    if (!current) return;
    const province = `${current.code.slice(0, 2)}0000`;
    // To prefectures: the province's capital-or-first city is found once the data arrive.
    window.location.replace(
      regionHref(level === 'province' ? province : `${current.code.slice(0, 2)}0100`),
    );
  };

  const measure = picked ?? (data?.lq.matrix.measure as MatrixParams['measure']) ?? 'count';
  const nm = (c: NamedCode) => name(c.nameZh, c.nameEn);
  const measureName = t(`measure.${measure}` as Key);

  return (
    <main className="region-page" data-testid="region-page">
      <section className="region-controls">
        <h2>{t('regionPageTitle')}</h2>
        <label>
          {t('regionLevel')}
          <select
            value={regionLevel}
            onChange={(e) => changeLevel(e.target.value as MatrixParams['regionLevel'])}
            data-testid="region-level"
          >
            <option value="province">{t('levelProvince')}</option>
            <option value="prefecture">{t('levelPrefecture')}</option>
          </select>
        </label>
        <label>
          {t('pickRegion')}
          <select
            value={current?.code ?? ''}
            onChange={(e) => window.location.assign(regionHref(e.target.value))}
            data-testid="region-select"
          >
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {nm(r)}
              </option>
            ))}
          </select>
        </label>
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
            value={measure}
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
            onChange={(e) => setBenchmark(e.target.value as 'regions' | 'national')}
            data-testid="lq-benchmark"
          >
            <option value="regions">{tr('benchmark.regions')}</option>
            <option value="national">{tr('benchmark.national')}</option>
          </select>
        </label>
        {data ? <Basis info={data.lq.matrix} measureName={measureName} /> : null}
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
          {t('loadFailed')}: {error}
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
        <div className="region-grid">
          <section className="card">
            <h3>{t('structureTitle', { measure: measureName })}</h3>
            {homog ? <StructureChart h={homog} /> : <p className="muted">{t('loading')}</p>}
          </section>
          <section className="card">
            <h3>{t('clustersTitle')}</h3>
            <p className="muted">{t('clustersHint')}</p>
            <StrongClusters data={data} region={current.code} />
          </section>
          <section className="card wide">
            <h3>{t('heatmapTitle')}</h3>
            <p className="muted">{t('heatmapHint')}</p>
            <Heatmap lq={data.lq} region={current.code} />
          </section>
          <section className="card wide" data-testid="homogeneity">
            <h3>{t('homogeneityTitle')}</h3>
            <p className="muted">{t('homogeneityHint')}</p>
            {homog ? <Similar h={homog} /> : <p className="muted">{t('loading')}</p>}
          </section>
          <RegionOpportunities region={current.code} params={params} />
          <IndustrySpace region={current.code} params={params} />
        </div>
      ) : null}
      {data && !current ? <p className="muted">{t('noMatch')}</p> : null}
    </main>
  );
}

/** What lq_national compares with: the national year used, and a measure other than employment. */
function NationalNote({ lq }: { lq: MetricAnswer }) {
  const tr = useDictionary(regionSourceText);
  const moved = lq.warnings.find((w) => w.code === 'ATLAS_W_REFERENCE_YEAR');
  const year = Number(moved?.details?.year ?? lq.matrix.year ?? 2018);
  const unlike = lq.warnings.some((w) => w.code === 'ATLAS_W_REFERENCE_MEASURE');
  return (
    <span className="muted basis" data-testid="national-note">
      {tr('nationalBasis', { year })}
      {moved
        ? ` · ${tr('nationalYearMoved', { asked: String(moved.details?.requestedYear ?? '') })}`
        : ''}
      {unlike ? ` · ${tr('nationalUnlike')}` : ''}
    </span>
  );
}

function Basis({ info, measureName }: { info: MatrixInfo; measureName: string }) {
  const { t, lang } = useLang();
  const tr = useDictionary(regionSourceText);
  if (info.source === 'statistics') {
    const sources = info.statistics?.sources ?? [];
    return (
      <span className="muted basis" data-testid="matrix-basis">
        {tr('statisticsBasis', {
          measure: measureName,
          year: info.year ?? '',
          regions: info.regions,
          industries: info.industries,
          rows: formatNumber(lang, info.statistics?.rows ?? 0),
        })}
        {sources.length > 0 ? (
          <>
            {' · '}
            {tr('statisticsSources')}: <SourceText text={sources.join('; ')} />
          </>
        ) : null}
        {info.syntheticShare !== 0 ? (
          <>
            {' · '}
            {t('syntheticShare')} <Share share={info.syntheticShare} /> <SyntheticBadge />
          </>
        ) : null}
      </span>
    );
  }
  const vars = {
    measure: measureName,
    year: info.year ?? '',
    regions: info.regions,
    industries: info.industries,
    organizations: formatNumber(lang, info.organizations),
  };
  return (
    <span className="muted basis" data-testid="matrix-basis">
      {t(info.year === null ? 'countBasis' : 'matrixBasis', vars)}
      {info.population === 'listed' ? (
        <>
          {' · '}
          <strong className="listed-only" title={t('listedOnlyNote')} data-testid="listed-only">
            {t('listedOnly')}
          </strong>
        </>
      ) : null}
      {info.syntheticOrganizations > 0 ? (
        <>
          {' · '}
          {t('syntheticShare')} <Share share={info.syntheticShare} /> <SyntheticBadge />
        </>
      ) : null}
    </span>
  );
}

/** A share as a percentage, or "保密" where the disclosure rule withheld it. */
function Share({ share }: { share: number | null }) {
  const { lang } = useLang();
  return share === null ? <Withheld /> : <>{formatPercent(lang, share)}</>;
}

const lqText = (lang: Parameters<typeof withheldLabel>[0], lq: number | null, digits = 2) =>
  lq === null ? withheldLabel(lang) : lq.toFixed(digits);

function StructureChart({ h }: { h: HomogeneityAnswer }) {
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
        return `${escapeHtml(inm.name(s.industry, s.nameZh, s.nameEn))}<br/>${t('share')}: ${formatPercent(lang, s.share ?? 0)}<br/>${t('lq')}: ${lqText(lang, s.lq)}`;
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

function StrongClusters({ data, region }: { data: Matrices; region: string }) {
  const inm = useIndustryName();
  const { t } = useLang();
  const names = new Map(data.lq.industries.map((i) => [i.code, i]));
  const lqOf = new Map(
    data.lq.rows.filter((r) => r.region === region).map((r) => [r.industry!, r.value]),
  );
  const strong = data.strong.rows
    .filter((r) => r.region === region && r.value === 1)
    .map((r) => r.industry!);
  const list = (
    strong.length ? strong : [...lqOf].filter(([, v]) => v !== null && v >= 1).map(([i]) => i)
  )
    // A withheld LQ (null) says so and sorts last, never as 0.
    .map((i) => ({ industry: i, lq: lqOf.get(i) ?? null }))
    .sort((a, b) => (b.lq ?? -Infinity) - (a.lq ?? -Infinity))
    .slice(0, 10);
  return (
    <>
      {strong.length === 0 ? <p className="muted">{t('noStrongClusters')}</p> : null}
      <ol className="strong-list" data-testid="strong-clusters">
        {list.map((c) => {
          const n = names.get(c.industry);
          return (
            <li key={c.industry}>
              <span title={n ? inm.note(c.industry, n.nameEn) : undefined}>
                {c.industry} {n ? inm.name(c.industry, n.nameZh, n.nameEn) : ''}
              </span>
              <span className="lq-pill">
                {t('lq')} {c.lq === null ? <Withheld /> : c.lq.toFixed(2)}
              </span>
              <span className="badge badge-national">
                {strong.length ? t('strongCluster') : t('specialised')}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Heatmap({ lq, region }: { lq: MetricAnswer; region: string }) {
  const inm = useIndustryName();
  const { t, name, lang } = useLang();
  const withheld = lq.rows.filter((r) => r.value === null).length;
  const option = useMemo(() => {
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
          return `${escapeHtml(regionLabel(lq.regions[y]))} × ${escapeHtml(`${i.code} ${inm.name(i.code, i.nameZh, i.nameEn)}`)}<br/>${t('lq')}: ${escapeHtml(lqv)}`;
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
          formatter: (v: string, k: number) =>
            lq.regions[k]?.code === region ? `{sel|▶ ${v}}` : v,
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
  }, [lq, region, name, t, lang, withheld]);
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
        onClick={(p) => {
          const v = p.value as [number, number, number] | undefined;
          if (v) window.location.assign(regionHref(lq.regions[v[1]].code));
        }}
      />
      <WithheldNote count={withheld} kind="heatmapLegend" />
    </>
  );
}

function Similar({ h }: { h: HomogeneityAnswer }) {
  const inm = useIndustryName();
  const { t, name, lang } = useLang();
  if (h.similar.length === 0) return <p className="muted">{t('noMatch')}</p>;
  return (
    <table className="similar" data-testid="similar-regions">
      <thead>
        <tr>
          <th>{t('region')}</th>
          <th>{t('similarity')}</th>
          <th>{t('similarityAll')}</th>
          <th>{t('overlap')}</th>
        </tr>
      </thead>
      <tbody>
        {h.similar.map((p) => (
          <tr key={p.b.code}>
            <td>
              <a href={regionHref(p.b.code)}>{name(p.b.nameZh, p.b.nameEn)}</a>
            </td>
            <td className="sim">
              <span className="sim-bar">
                <i style={{ width: `${Math.round((p.similarity ?? 0) * 100)}%` }} />
              </span>
              {p.similarity === null ? '–' : p.similarity.toFixed(3)}
              {p.similarity !== null && p.similarity >= h.threshold ? (
                <span className="badge badge-national">{t('highSimilarity')}</span>
              ) : null}
            </td>
            <td className="num">
              {/* Null when the answer withholds it (too few regions or firms). */}
              {fixed(p.similarityAll, 3)}
            </td>
            <td>
              {p.overlap.length === 0 ? (
                <span className="muted">{t('noOverlap')}</span>
              ) : (
                p.overlap.map((o) => (
                  <span
                    key={o.industry}
                    className="chip"
                    title={`${t('share')}: ${formatPercent(lang, o.shareA)} / ${formatPercent(lang, o.shareB)}`}
                  >
                    {o.industry} {short(inm.name(o.industry, o.nameZh, o.nameEn), 14)}{' '}
                    <b>
                      {fixed(o.lqA, 2)} / {fixed(o.lqB, 2)}
                    </b>
                  </span>
                ))
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
