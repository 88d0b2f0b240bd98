import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The networks page (route #/networks/…); `rest` is its sub-path. */
export function NetworksPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-networks" data-rest={props.rest.join('/')}>
      <h2>{tt('networks')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
