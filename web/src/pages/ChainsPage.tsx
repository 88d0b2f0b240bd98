import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The chains page (route #/chains/…); `rest` is its sub-path. */
export function ChainsPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-chains" data-rest={props.rest.join('/')}>
      <h2>{tt('chains')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
