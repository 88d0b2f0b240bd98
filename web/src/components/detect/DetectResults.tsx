import type { Detection, Hotspots } from '../../api/spatial.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { spatialText } from '../../i18n/spatial.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { WithheldNote } from '../Withheld.tsx';
import { DetectedCluster } from './DetectedCluster.tsx';
import { KnownDetected } from './KnownDetected.tsx';

/** What the detection found: points read, the clusters detected, and the known clusters among them. */
export function DetectResults(props: {
  d: Detection;
  hotspots: Hotspots | null;
  provinceName: (code: string) => string;
}) {
  const { d, provinceName } = props;
  const { lang } = useLang();
  const tt = useDictionary(spatialText);
  return (
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
          props.hotspots
            ? props.hotspots.hotspots.filter((h) => h.density === null).length +
              d.clusters.filter((c) => c.centroid === null || c.weight === null).length
            : 0
        }
        kind="mapPoints"
      />
      <ol className="detected-list">
        {d.clusters.map((c) => (
          <DetectedCluster key={c.cluster} c={c} provinceName={provinceName} />
        ))}
      </ol>
      <KnownDetected known={d.known} provinceName={provinceName} />
    </div>
  );
}
