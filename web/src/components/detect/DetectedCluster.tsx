import type { Detection } from '../../api/spatial.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { spatialText } from '../../i18n/spatial.ts';
import { SyntheticBadge } from '../Badges.tsx';
import { colon } from '../../i18n/colon.ts';
import { useLang } from '../../lang.tsx';

/** The surroundings radius the API uses by default (km), for the LQ's explanation. */
const SURROUNDINGS_KM = 100;

/** One detected cluster: size, status against the known clusters, provinces, surroundings LQ, outline. */
export function DetectedCluster(props: {
  c: Detection['clusters'][number];
  provinceName: (code: string) => string;
}) {
  const { c, provinceName } = props;
  const tt = useDictionary(spatialText);
  const { lang } = useLang();
  return (
    <li data-testid="detected-cluster">
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
        {tt('lqSurroundings')}
        {colon(lang)}
        {c.surroundings.lq === null ? '—' : c.surroundings.lq.toFixed(2)}
      </div>
      <div className="muted">{tt('outline', { method: tt(c.concaveMethod), k: c.concaveK })}</div>
    </li>
  );
}
