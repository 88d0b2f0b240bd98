import { useState } from 'react';
import { useDictionary } from '../../i18n/dictionary.ts';
import { reportsText } from '../../i18n/reports.ts';
import { reportsHomeText } from '../../i18n/reports-home.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { sectionHref } from '../../route.ts';
import type { Cluster } from '../../types.ts';
import { Picker } from '../Picker.tsx';

const go = (...rest: string[]) => {
  window.location.hash = sectionHref('reports', ...rest).slice(1);
};

/**
 * How a report is chosen: a card per kind of report — what it holds, a
 * picker, and (before any report is open) the largest clusters as shortcuts
 * — and how to get a PDF. With a report open below, the cards stay short.
 */
export function ReportChooser(props: {
  clusters: Cluster[] | null;
  clusterId: string | null;
  regionCode: string | null;
}) {
  const tr = useDictionary(reportsText);
  const th = useDictionary(reportsHomeText);
  const [cluster, setCluster] = useState(props.clusterId ?? '');
  const [code, setCode] = useState(props.regionCode ?? '430100');
  const home = !props.clusterId && !props.regionCode;
  return (
    <div className={home ? 'report-chooser home' : 'report-chooser'}>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          if (cluster) go(cluster);
        }}
      >
        <h3>{th('clusterTitle')}</h3>
        {home ? <p className="muted">{th('clusterHolds')}</p> : null}
        <div className="form-row">
          <Picker
            types={['cluster']}
            value={cluster}
            onChange={(id) => setCluster(id)}
            label={th('clusterPick')}
            testId="report-cluster"
            required
          />
          <button type="submit" data-testid="report-cluster-open">
            {th('openCluster')}
          </button>
        </div>
        {home ? <LargestClusters clusters={props.clusters ?? []} /> : null}
      </form>
      <form
        className="card region-report-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (code) go('region', code);
        }}
      >
        <h3>{th('regionTitle')}</h3>
        {home ? <p className="muted">{th('regionHolds')}</p> : null}
        <div className="form-row">
          <Picker
            types={['region']}
            value={code}
            onChange={(id) => setCode(id)}
            label={tr('regionReport')}
            testId="report-region"
            required
          />
          <button type="submit" data-testid="report-region-open">
            {tr('open')}
          </button>
        </div>
      </form>
      {home ? <p className="muted report-pdf-note">{th('pdf')}</p> : null}
    </div>
  );
}

/** The six largest clusters by members, as shortcuts to their reports. */
function LargestClusters({ clusters }: { clusters: Cluster[] }) {
  const { lang, name } = useLang();
  const th = useDictionary(reportsHomeText);
  const largest = [...clusters]
    .sort((a, b) => b.memberCount - a.memberCount)
    .slice(0, 6)
    .filter((c) => c.memberCount > 0);
  if (!largest.length) return null;
  return (
    <>
      <h4>{th('largest')}</h4>
      <ul className="report-shortcuts" data-testid="report-shortcuts">
        {largest.map((c) => (
          <li key={c.id}>
            <a href={sectionHref('reports', c.id)}>{name(c.name, c.nameEn)}</a>{' '}
            <span className="muted">{th('members', { n: formatNumber(lang, c.memberCount) })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
