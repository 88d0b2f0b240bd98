import { useState, type FormEvent } from 'react';
import { spatialApi, type DetectParams, type Detection, type Hotspots } from '../api/spatial.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { spatialText } from '../i18n/spatial.ts';
import { formatNumber } from '../i18n.ts';
import { useLang } from '../lang.tsx';
import { clusterHref } from '../route.ts';
import type { Region } from '../types.ts';
import { SyntheticBadge } from './Badges.tsx';
import { MultiPicker, Picker } from './Picker.tsx';
import { WithheldNote } from './Withheld.tsx';

/** The surroundings radius the API uses by default (km), for the LQ's explanation. */
const SURROUNDINGS_KM = 100;

export interface DetectResult {
  detection: Detection;
  hotspots: Hotspots;
}

/**
 * Finds clusters from where firms are (GET /api/spatial/clusters and
 * /api/spatial/hotspots) and lists them against the known clusters; the map
 * draws their outlines and the hot spots.
 */
export function DetectPanel(props: {
  provinces: Region[];
  result: DetectResult | null;
  onResult: (r: DetectResult | null) => void;
  /** The province the map is drilled into: the detection looks there. */
  focus?: string | null;
}) {
  const { t, lang, name } = useLang();
  const tt = useDictionary(spatialText);
  const [open, setOpen] = useState(false);
  const [params, setParams] = useState<DetectParams>({
    industry: '39',
    region: '510000,500000',
    method: 'dbscan',
    epsKm: 10,
    minPoints: 8,
  });
  // Drilling into a province points the detection at it (adjusting state to a prop, no effect).
  const [seenFocus, setSeenFocus] = useState(props.focus ?? null);
  if ((props.focus ?? null) !== seenFocus) {
    setSeenFocus(props.focus ?? null);
    if (props.focus) setParams((p) => ({ ...p, region: props.focus ?? undefined }));
  }
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const provinceName = (code: string) => {
    const p = props.provinces.find((r) => r.code === code);
    return p ? name(p.nameZh, p.nameEn) : code;
  };

  const run = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    Promise.all([
      spatialApi.detect(params),
      spatialApi.hotspots({ industry: params.industry, region: params.region }),
    ])
      .then(([detection, hotspots]) => props.onResult({ detection, hotspots }))
      .catch((err: Error) => setError(err.message))
      .finally(() => setBusy(false));
  };

  if (!open) {
    return (
      <button
        type="button"
        className="detect-open"
        onClick={() => setOpen(true)}
        data-testid="detect-open"
      >
        {tt('open')}
      </button>
    );
  }
  const d = props.result?.detection;
  const set = <K extends keyof DetectParams>(k: K, v: DetectParams[K]) =>
    setParams((p) => ({ ...p, [k]: v }));
  return (
    <section className="detect-panel" data-testid="detect-panel" aria-label={tt('title')}>
      <header className="panel-head">
        <h3>{tt('title')}</h3>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            props.onResult(null);
          }}
        >
          {tt('close')}
        </button>
      </header>
      <p className="muted">{tt('explain')}</p>
      <form onSubmit={run} className="detect-form">
        <Picker
          types={['industry', 'chain_node']}
          value={params.industry.replace(/^chain:/, '')}
          onChange={(id, hit) => set('industry', hit?.type === 'chain_node' ? `chain:${id}` : id)}
          label={tt('industry')}
          testId="detect-industry"
          required
        />
        <MultiPicker
          types={['region']}
          value={(params.region ?? '').split(',').filter((c) => c !== '')}
          onChange={(codes) => set('region', codes.join(','))}
          label={tt('region')}
          testId="detect-regions"
        />
        <label>
          {tt('method')}
          <select
            value={params.method}
            onChange={(e) => set('method', e.target.value as DetectParams['method'])}
          >
            <option value="dbscan">DBSCAN</option>
            <option value="hdbscan">HDBSCAN</option>
          </select>
        </label>
        <label>
          {tt('epsKm')}
          <input
            type="number"
            min={0.1}
            step={0.1}
            value={params.epsKm}
            disabled={params.method === 'hdbscan'}
            onChange={(e) => set('epsKm', Number(e.target.value))}
          />
        </label>
        <label>
          {tt('minPoints')}
          <input
            type="number"
            min={1}
            step={1}
            value={params.minPoints}
            onChange={(e) => set('minPoints', Number(e.target.value))}
          />
        </label>
        <button type="submit" disabled={busy || !params.industry} data-testid="detect-run">
          {busy ? tt('running') : tt('run')}
        </button>
      </form>
      {error ? (
        <div role="alert" className="error">
          {t('loadFailed')}: {error}
        </div>
      ) : null}
      {d ? (
        <div className="detect-results" data-testid="detect-results">
          <p>
            {tt('points', { n: formatNumber(lang, d.points), k: d.clusters.length })}
            {d.converted > 0 ? (
              <span className="muted"> · {tt('converted', { n: d.converted })}</span>
            ) : null}
          </p>
          {d.clusters.length === 0 ? <p className="muted">{tt('noClusters')}</p> : null}
          {/* Weighted by a measure, a hot spot's density or a cluster's weight may be withheld: said, not drawn. */}
          <WithheldNote
            count={
              props.result
                ? props.result.hotspots.hotspots.filter((h) => h.density === null).length +
                  d.clusters.filter((c) => c.centroid === null || c.weight === null).length
                : 0
            }
            kind="mapPoints"
          />
          <ol className="detected-list">
            {d.clusters.map((c) => (
              <li key={c.cluster} data-testid="detected-cluster">
                <b>{tt('cluster', { n: c.cluster })}</b> · {tt('firms', { n: c.size })}
                {c.syntheticMembers > 0 ? (
                  <>
                    {' '}
                    <SyntheticBadge count={c.syntheticMembers} />
                  </>
                ) : null}
                <div>
                  <span className={`badge status-${c.status}`}>{tt(`status_${c.status}`)}</span>
                  {c.spansSeveralUnits ? <span className="badge">{tt('spans')}</span> : null}
                </div>
                <div className="muted">{c.provinces.map(provinceName).join(' · ')}</div>
                <div title={tt('lqTitle', { km: SURROUNDINGS_KM })}>
                  {tt('lqSurroundings')}:{' '}
                  {c.surroundings.lq === null ? '—' : c.surroundings.lq.toFixed(2)}
                </div>
                <div className="muted">
                  {tt('outline', { method: tt(c.concaveMethod), k: c.concaveK })}
                </div>
              </li>
            ))}
          </ol>
          {d.known.length > 0 ? (
            <>
              <h4>{tt('known')}</h4>
              <ul className="known-list" data-testid="detect-known">
                {d.known.map((k) => (
                  <li key={k.id}>
                    <a href={clusterHref(k.id)}>{k.name}</a>
                    <div className="muted">
                      {tt('detectedIn')}: {k.detectedProvinces.map(provinceName).join(' · ')}
                      {k.spansSeveralUnits ? ` · ${tt('spans')}` : ''}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
