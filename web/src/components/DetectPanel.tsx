import { useState, type FormEvent } from 'react';
import { spatialApi, type Detection, type Hotspots } from '../api/spatial.ts';
import { useDictionary } from '../i18n/dictionary.ts';
import { spatialText } from '../i18n/spatial.ts';
import { useLang } from '../lang.tsx';
import type { Region } from '../types.ts';
import { DetectForm } from './detect/DetectForm.tsx';
import { DetectResults } from './detect/DetectResults.tsx';
import { useDetectParams } from './detect/use-detect-params.ts';
import { colon } from '../i18n/colon.ts';

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
  const { t, name, lang } = useLang();
  const tt = useDictionary(spatialText);
  const [open, setOpen] = useState(false);
  const { params, set } = useDetectParams(props.focus);
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
      <DetectForm params={params} set={set} busy={busy} onSubmit={run} />
      {error ? (
        <div role="alert" className="error">
          {t('loadFailed')}
          {colon(lang)}
          {error}
        </div>
      ) : null}
      {d ? (
        <DetectResults
          d={d}
          hotspots={props.result?.hotspots ?? null}
          provinceName={provinceName}
        />
      ) : null}
    </section>
  );
}
