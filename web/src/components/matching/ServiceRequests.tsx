import { useState } from 'react';
import { matchingApi } from '../../api/matching.ts';
import type { WhoAmI } from '../../api/session.ts';
import { REQUEST_TRANSITIONS } from '../../../../src/contract/service-platform-steps.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { servicesText } from '../../i18n/services.ts';
import { useReload } from '../../use-load.ts';
import { Pager } from '../Pager.tsx';

const ANSWERS = REQUEST_TRANSITIONS;

/**
 * The service requests the signed-in viewer may see, a page at a time,
 * with the answers the platform may give (a member answers only its own
 * platform's); reloaded when `generation` moves.
 */
export function ServiceRequests(props: {
  me: WhoAmI | null;
  generation: number;
  onAnswer: (id: string, status: 'accepted' | 'declined' | 'done') => void;
}) {
  const { me } = props;
  const ts = useDictionary(servicesText);
  const [page, setPage] = useState(1);
  const requests = useReload(`requests-${props.generation}-true-${page}`, () =>
    matchingApi.requests(page),
  );
  return (
    <>
      <h4>{ts('requests')}</h4>
      {requests.data && requests.data.total === 0 ? (
        <p className="muted">{ts('noRequests')}</p>
      ) : null}
      <ul data-testid="service-requests">
        {(requests.data?.items ?? []).map((r) => (
          <li key={r.id} data-status={r.status}>
            {r.requester_name} → {r.platform_name} · {r.service_name} ·{' '}
            <strong>{ts(`request.${r.status}` as 'request.done')}</strong>{' '}
            {ANSWERS[r.status]
              .filter(() => me?.role !== 'member' || me.organization === r.platform_organization)
              .map((s) => (
                <button
                  key={s}
                  type="button"
                  className="small-button"
                  onClick={() => props.onAnswer(r.id, s)}
                  data-testid={`answer-${s}`}
                >
                  {ts(s === 'accepted' ? 'accept' : s === 'declined' ? 'decline' : 'complete')}
                </button>
              ))}
          </li>
        ))}
      </ul>
      {requests.data ? <Pager page={requests.data} onPage={setPage} /> : null}
    </>
  );
}
