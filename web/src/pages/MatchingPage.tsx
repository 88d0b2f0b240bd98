import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The matching page (route #/matching/…); `rest` is its sub-path. */
export function MatchingPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-matching" data-rest={props.rest.join('/')}>
      <h2>{tt('matching')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
