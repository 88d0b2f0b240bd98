import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The data page (route #/data/…); `rest` is its sub-path. */
export function DataPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-data" data-rest={props.rest.join('/')}>
      <h2>{tt('data')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
