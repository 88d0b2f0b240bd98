import type { Detection } from '../../api/spatial.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { spatialText } from '../../i18n/spatial.ts';
import { clusterHref } from '../../route.ts';
import { colon } from '../../i18n/colon.ts';
import { useLang } from '../../lang.tsx';

/** The known clusters the detection found, with the provinces it found them in; nothing if none. */
export function KnownDetected(props: {
  known: Detection['known'];
  provinceName: (code: string) => string;
}) {
  const tt = useDictionary(spatialText);
  const { lang } = useLang();
  if (props.known.length === 0) return null;
  return (
    <>
      <h4>{tt('known')}</h4>
      <ul className="known-list" data-testid="detect-known">
        {props.known.map((k) => (
          <li key={k.id}>
            <a href={clusterHref(k.id)}>{k.name}</a>
            <div className="muted">
              {tt('detectedIn')}
              {colon(lang)}
              {k.detectedProvinces.map(props.provinceName).join(' · ')}
              {k.spansSeveralUnits ? ` · ${tt('spans')}` : ''}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
