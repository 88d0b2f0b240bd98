import { useState } from 'react';
import { matchingApi, type PoolEntry } from '../../api/matching.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { matchingText } from '../../i18n/matching.ts';
import { organizationHref } from '../../route.ts';
import type { Page } from '../../types.ts';
import { Pager } from '../Pager.tsx';
import { Picker } from '../Picker.tsx';

/** The shared supplier pool as a leader sees it (its own entries and its peers' shared ones). */
export function SupplierPool(props: { leader: string }) {
  const tt = useDictionary(matchingText);
  const [as, setAs] = useState(props.leader);
  const [entries, setEntries] = useState<Page<PoolEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The leader whose pool is shown: the pager turns its pages, whatever the box now holds.
  const [shown, setShown] = useState(props.leader);
  const load = (leader: string, page: number) => {
    setError(null);
    setShown(leader);
    matchingApi.pool(leader, page).then(setEntries, (e: Error) => setError(e.message));
  };
  return (
    <section className="supplier-pool" data-testid="pool">
      <h3>{tt('pool')}</h3>
      <p className="muted">{tt('poolHint')}</p>
      <Picker
        types={['organization']}
        value={as}
        onChange={(id) => setAs(id)}
        label={tt('poolAs')}
        testId="pool-as"
      />{' '}
      <button type="button" onClick={() => load(as, 1)} data-testid="pool-load">
        {tt('poolLoad')}
      </button>
      {error ? (
        <p role="alert" className="muted">
          {error}
        </p>
      ) : null}
      {entries && entries.total === 0 ? <p className="muted">{tt('poolEmpty')}</p> : null}
      {entries?.items.length ? (
        <ul data-testid="pool-entries">
          {entries.items.map((e) => (
            <li key={`${e.cluster}-${e.leader}-${e.supplier}`}>
              <a href={organizationHref(e.supplier)}>{e.supplier}</a>{' '}
              <span className="muted">
                {e.peer ? tt('poolPeer') : tt('poolOwn')} ·{' '}
                {tt(`consent.${e.consent}` as 'consent.granted')}
                {e.shared ? ` · ${tt('poolShared')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {entries ? <Pager page={entries} onPage={(p) => load(shown, p)} /> : null}
    </section>
  );
}
