import { api } from '../api/index.ts';
import { RegionReport } from '../components/report/RegionReport.tsx';
import { ClusterReport } from '../components/report/ClusterReport.tsx';
import { useDictionary } from '../i18n/dictionary.ts';
import { reportsText } from '../i18n/reports.ts';
import { useLoad } from '../use-load.ts';
import { ReportChooser } from '../components/report/ReportChooser.tsx';

/** Reports (route #/reports/CLUSTER or #/reports/region/CODE): cluster and region reports made for printing. */
export function ReportsPage(props: { rest: string[] }) {
  const tr = useDictionary(reportsText);
  const clusters = useLoad('clusters', () => api.clusters());
  const regionCode = props.rest[0] === 'region' ? (props.rest[1] ?? null) : null;
  const id = props.rest[0] === 'region' ? null : (props.rest[0] ?? null);
  return (
    <section className="page reports-page" data-testid="page-reports">
      <div className="no-print">
        <h2>{tr('title')}</h2>
        <p className="muted">{tr('explain')}</p>
        {clusters.error ? <p role="alert">{clusters.error}</p> : null}
        <ReportChooser
          key={`${id ?? ''}|${regionCode ?? ''}`}
          clusters={clusters.data}
          clusterId={id}
          regionCode={regionCode}
        />
      </div>
      {id ? <ClusterReport id={id} /> : null}
      {regionCode ? <RegionReport code={regionCode} /> : null}
    </section>
  );
}
