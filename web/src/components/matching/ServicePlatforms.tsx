import { useState } from 'react';
import { matchingApi } from '../../api/matching.ts';
import {
  PLATFORM_CATEGORIES,
  REQUEST_TRANSITIONS,
} from '../../../../src/contract/service-platform-steps.ts';
import type { WhoAmI } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { servicesText } from '../../i18n/services.ts';
import { organizationHref } from '../../route.ts';
import { useReload } from '../../useLoad.ts';
import { Pager } from '../Pager.tsx';
import { Picker } from '../Picker.tsx';
import { SyntheticBadge } from '../Badges.tsx';

const CATEGORIES = PLATFORM_CATEGORIES;
const ANSWERS = REQUEST_TRANSITIONS;

/**
 * The public service platform catalogue by category; a signed-in firm
 * requests a service for itself (analysts name the firm), and the requests
 * the viewer may see, with the platform's answer buttons.
 */
export function ServicePlatforms(props: { me: WhoAmI | null }) {
  const ts = useDictionary(servicesText);
  const [category, setCategory] = useState('testing');
  const [requester, setRequester] = useState(props.me?.organization ?? '');
  const [generation, setGeneration] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [platformPage, setPlatformPage] = useState(1);
  const platforms = useReload(`platforms-${category}-${platformPage}`, () =>
    matchingApi.platforms(category, platformPage),
  );
  const signedIn = props.me?.signedIn ?? false;
  const [page, setPage] = useState(1);
  const requests = useReload(`requests-${generation}-${signedIn}-${page}`, () =>
    signedIn ? matchingApi.requests(page) : Promise.resolve(null),
  );
  const acting = props.me?.role === 'member' ? (props.me.organization ?? '') : requester;
  const done = (msg: string | null) => () => {
    setNote(msg);
    setGeneration((g) => g + 1);
  };
  const fail = (e: Error) => setError(e.message);
  const ask = (service: string) => {
    setError(null);
    matchingApi.requestService(service, acting).then(done(ts('requested')), fail);
  };
  const answer = (id: string, status: 'accepted' | 'declined' | 'done') => {
    setError(null);
    matchingApi.answerRequest(id, status).then(done(null), fail);
  };
  const list = platforms.data?.items ?? [];
  return (
    <section className="card wide" data-testid="platforms">
      <h3>{ts('platforms')}</h3>
      <p className="muted">{ts('platformsHint')}</p>
      <label>
        {ts('categoryLabel')}{' '}
        <select
          value={category}
          onChange={(e) => {
            setCategory(e.target.value);
            setPlatformPage(1);
          }}
          data-testid="platform-category"
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {ts(`category.${c}` as 'category.testing')}
            </option>
          ))}
        </select>
      </label>{' '}
      {signedIn && props.me?.role !== 'member' ? (
        <Picker
          types={['organization']}
          value={requester}
          onChange={(id) => setRequester(id)}
          label={ts('requester')}
          testId="requester"
        />
      ) : null}
      {note ? <p role="status">{note}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <ul className="platform-list">
        {list.map((p) => (
          <li key={p.id} data-testid="platform">
            {p.organization ? <a href={organizationHref(p.organization)}>{p.name}</a> : p.name}{' '}
            {p.synthetic ? <SyntheticBadge /> : null}
            {p.provenance?.method === 'inferred' ? (
              <div className="muted">{ts('derived')}</div>
            ) : null}
            {p.services.map((s) => (
              <div key={s.id}>
                {s.name}{' '}
                {signedIn && acting ? (
                  <button
                    type="button"
                    className="small-button"
                    onClick={() => ask(s.id)}
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
      {platforms.data ? <Pager page={platforms.data} onPage={setPlatformPage} /> : null}
      {signedIn ? (
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
                  .filter(
                    () =>
                      props.me?.role !== 'member' ||
                      props.me.organization === r.platform_organization,
                  )
                  .map((s) => (
                    <button
                      key={s}
                      type="button"
                      className="small-button"
                      onClick={() => answer(r.id, s)}
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
      ) : null}
    </section>
  );
}
