import { useState } from 'react';
import { matchingApi, NEXT_STATUS, type MatchStatus } from '../../api/matching.ts';
import type { WhoAmI } from '../../api/session.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { matchingText } from '../../i18n/matching.ts';
import { servicesText } from '../../i18n/services.ts';
import { organizationHref } from '../../route.ts';
import { useReload } from '../../use-load.ts';
import { Pager } from '../Pager.tsx';

/** Recorded matches the viewer may see, each with buttons for its next states. */
export function MatchOutcomes(props: {
  me: WhoAmI | null;
  generation: number;
  onMoved: () => void;
}) {
  const tm = useDictionary(matchingText);
  const ts = useDictionary(servicesText);
  const [error, setError] = useState<string | null>(null);
  const signedIn = props.me?.signedIn ?? false;
  const [page, setPage] = useState(1);
  const list = useReload(`matches-${props.generation}-${signedIn}-${page}`, () =>
    signedIn ? matchingApi.matches(page) : Promise.resolve(null),
  );
  const move = (id: string, status: MatchStatus) => {
    setError(null);
    matchingApi.moveMatch(id, status).then(props.onMoved, (e: Error) => setError(e.message));
  };
  const label = (s: MatchStatus) => tm(`status.${s}` as 'status.proposed');
  return (
    <section className="match-outcomes" data-testid="match-outcomes">
      <h3>{ts('outcomes')}</h3>
      <p className="muted">{ts('outcomesHint')}</p>
      {!signedIn ? <p className="muted">{ts('outcomesSignIn')}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {list.data && list.data.total === 0 ? <p className="muted">{ts('noMatches')}</p> : null}
      {list.data?.items.length ? (
        <table className="table">
          <tbody>
            {list.data.items.map((m) => (
              <tr key={m.id} data-testid="recorded-match" data-status={m.status}>
                <td>
                  <a href={organizationHref(m.buyer)}>{m.buyer_name ?? m.buyer}</a> ←{' '}
                  <a href={organizationHref(m.supplier)}>{m.supplier_name ?? m.supplier}</a>
                </td>
                <td>{label(m.status)}</td>
                <td>
                  {NEXT_STATUS[m.status].map((s) => (
                    <button
                      key={s}
                      type="button"
                      className="small-button"
                      onClick={() => move(m.id, s)}
                      data-testid={`move-${s}`}
                    >
                      {ts('moveTo', { status: label(s) })}
                    </button>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {list.data ? <Pager page={list.data} onPage={setPage} /> : null}
    </section>
  );
}
