import type { PanoramaAnswer } from '../../api/chain.ts';
import { citeSource } from '../../citation.ts';
import { useDictionary } from '../../i18n/dictionary.ts';
import { reportsText } from '../../i18n/reports.ts';
import { useLang } from '../../lang.tsx';
import type { ClusterProfile } from '../../types.ts';
import { saveCsv } from '../chart/chart-table.ts';
import { PdfLink } from './PdfLink.tsx';

/** Print, the PDF, and the first chain's nodes as CSV (when it has any); not printed. */
export function ReportActions(props: { c: ClusterProfile; panorama: PanoramaAnswer | null }) {
  const { c, panorama } = props;
  const { lang, name } = useLang();
  const tr = useDictionary(reportsText);
  const nodes = panorama?.panorama.nodes ?? [];
  const exportNodes = () =>
    saveCsv(
      {
        name: `${c.id}-chain`,
        columns: ['name', 'status', 'firms'],
        labels: [tr('node'), tr('status'), tr('firms')],
        rows: nodes.map((n) => [name(n.nameZh, n.nameEn), n.status, n.counts.counted]),
      },
      {
        title: tr('csv'),
        scope: name(c.name, c.nameEn),
        date: new Date().toISOString().slice(0, 10),
        source: citeSource(lang, c.provenance.source),
        synthetic: (panorama?.syntheticShare ?? 0) > 0,
      },
      lang,
    );
  return (
    <div className="no-print report-actions">
      <button type="button" onClick={() => window.print()} data-testid="report-print">
        {tr('print')}
      </button>
      <PdfLink path={`cluster/${encodeURIComponent(c.id)}`} />
      {nodes.length ? (
        <button type="button" onClick={exportNodes} data-testid="report-csv">
          {tr('csv')}
        </button>
      ) : null}
    </div>
  );
}
