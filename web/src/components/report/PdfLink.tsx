import { sessionApi } from '../../api/session.ts';
import { reportsText } from '../../i18n/reports.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { useLang } from '../../lang.tsx';
import { useLoad } from '../../use-load.ts';

/**
 * The report as a PDF file, printed by the server's Chromium with the
 * reader's own rights (GET /api/reports/…/pdf): for signed-in accounts;
 * visitors use the print button, which saves the same page as PDF.
 */
export function PdfLink(props: { path: string }) {
  const { lang } = useLang();
  const tr = useDictionary(reportsText);
  const me = useLoad('me', () => sessionApi.me());
  if (!me.data?.signedIn) return null;
  return (
    <a
      className="button"
      href={`/api/reports/${props.path}/pdf?lang=${lang}`}
      download
      data-testid="report-pdf"
    >
      {tr('pdf')}
    </a>
  );
}
