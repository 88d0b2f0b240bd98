import { useState } from 'react';
import { matchingApi } from '../../api/matching.ts';
import { PLATFORM_CATEGORIES } from '../../../../src/contract/service-platform-steps.ts';
import type { WhoAmI } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { servicesText } from '../../i18n/services.ts';
import { useReload } from '../../use-load.ts';
import { Pager } from '../Pager.tsx';
import { Picker } from '../Picker.tsx';
import { PlatformList } from './PlatformList.tsx';
import { ServiceRequests } from './ServiceRequests.tsx';

const CATEGORIES = PLATFORM_CATEGORIES;

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
      <PlatformList list={list} canRequest={Boolean(signedIn && acting)} onRequest={ask} />
      {platforms.data ? <Pager page={platforms.data} onPage={setPlatformPage} /> : null}
      {signedIn ? (
        <ServiceRequests me={props.me} generation={generation} onAnswer={answer} />
      ) : null}
    </section>
  );
}
