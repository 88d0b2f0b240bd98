import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The rankings page (route #/rankings/…); `rest` is its sub-path. */
export function RankingsPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-rankings" data-rest={props.rest.join('/')}>
      <h2>{tt('rankings')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
