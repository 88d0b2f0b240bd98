import type { Platform } from '../../api/matching.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { servicesText } from '../../i18n/services.ts';
import { organizationHref } from '../../route.ts';
import { SyntheticBadge } from '../Badges.tsx';

/** The platforms of a category with their services; a request button on each when one may ask. */
export function PlatformList(props: {
  list: Platform[];
  canRequest: boolean;
  onRequest: (service: string) => void;
}) {
  const ts = useDictionary(servicesText);
  return (
    <ul className="platform-list">
      {props.list.map((p) => (
        <li key={p.id} data-testid="platform">
          {p.organization ? <a href={organizationHref(p.organization)}>{p.name}</a> : p.name}{' '}
          {p.synthetic ? <SyntheticBadge /> : null}
          {p.provenance?.method === 'inferred' ? (
            <div className="muted">{ts('derived')}</div>
          ) : null}
          {p.services.map((s) => (
            <div key={s.id}>
              {s.name}{' '}
              {props.canRequest ? (
                <button
                  type="button"
                  className="small-button"
                  onClick={() => props.onRequest(s.id)}
                  data-testid="request-service"
                >
                  {ts('request')}
                </button>
              ) : null}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
