import { pagesText } from '../i18n/pages.ts';
import { useDictionary } from '../i18n/dictionary.ts';

/** The reports page (route #/reports/…); `rest` is its sub-path. */
export function ReportsPage(props: { rest: string[] }) {
  const tt = useDictionary(pagesText);
  return (
    <section className="page" data-testid="page-reports" data-rest={props.rest.join('/')}>
      <h2>{tt('reports')}</h2>
      <p className="muted">{tt('pending')}</p>
    </section>
  );
}
