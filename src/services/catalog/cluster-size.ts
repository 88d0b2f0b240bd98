import { disclosable, DOMINANCE, MIN_CONTRIBUTORS } from '../../core/access/disclosure.ts';
import { seesAllFigures, type Viewer } from '../../core/access/viewer.ts';
import { AtlasError } from '../../core/errors.ts';
import type { ClusterSize, Growth, SizeCell } from '../../contract/clusters.ts';
import type { Duck } from '../../store/duck.ts';
import {
  readClusterMeasures,
  SIZE_MEASURES,
  type MemberMeasureRow,
  type SizeMeasure,
} from '../../store/queries/cluster-measures.ts';
import { readCluster } from '../../store/queries/clusters.ts';

const UNITS: Record<SizeMeasure, string> = {
  employees: 'persons',
  revenue: '10k yuan (万元)',
  output: '10k yuan (万元)',
};

/**
 * A cluster's size and growth: its members' employees, revenue and output
 * summed by year, and the compound annual growth of those totals and of the
 * same organisations' (a balanced panel, so that firms joining the record do
 * not pass for growth). Member figures are confidential: for anyone who may
 * not see every firm's figures, a sum is shown only when the disclosure rule
 * allows it (core/access/disclosure.ts: at least 3 contributors, none over
 * 85% of the sum); otherwise it is withheld and says so.
 * CAGR = (S_to / S_from)^(1 / (to − from)) − 1; null over one year or from 0.
 */
export async function clusterSize(db: Duck, id: string, viewer: Viewer): Promise<ClusterSize> {
  if (!(await readCluster(db, id)))
    throw new AtlasError('ATLAS_E_NOT_FOUND', `no cluster with id ${id}`, { id });
  const rows = await readClusterMeasures(db, id);
  const guard = !seesAllFigures(viewer);
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
  const byYear = new Map<number, MemberMeasureRow[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);

  const cell = (list: MemberMeasureRow[], m: SizeMeasure): SizeCell => {
    const withValue = list.filter((r) => r[m] !== null);
    const values = withValue.map((r) => r[m] as number);
    const sum = values.reduce((a, b) => a + b, 0);
    const suppressed =
      guard &&
      values.length > 0 &&
      !disclosable({ count: values.length, sum, max: Math.max(...values) });
    return {
      sum: values.length === 0 || suppressed ? null : sum,
      organizations: values.length,
      synthetic: withValue.filter((r) => r.synthetic).length,
      suppressed,
    };
  };

  const growth = (m: SizeMeasure): Growth | null => {
    const reported = years.filter((y) => (byYear.get(y) ?? []).some((r) => r[m] !== null));
    if (reported.length < 2) return null;
    const from = reported[0];
    const to = reported[reported.length - 1];
    const first = cell(byYear.get(from)!, m);
    const last = cell(byYear.get(to)!, m);
    const before = new Map(
      byYear
        .get(from)!
        .filter((r) => r[m] !== null)
        .map((r) => [r.organization, r[m] as number]),
    );
    const both = byYear.get(to)!.filter((r) => r[m] !== null && before.has(r.organization));
    const inPanel = new Set(both.map((r) => r.organization));
    const panelFrom = cell(
      byYear.get(from)!.filter((r) => inPanel.has(r.organization)),
      m,
    );
    const panelTo = cell(both, m);
    const suppressed =
      first.suppressed || last.suppressed || panelFrom.suppressed || panelTo.suppressed;
    return {
      from,
      to,
      // Any withheld sum withholds both rates: a rate and one sum give the other sum.
      total: suppressed ? null : cagr(first.sum, last.sum, to - from),
      samePanel: suppressed ? null : cagr(panelFrom.sum, panelTo.sum, to - from),
      panel: both.length,
      suppressed,
    };
  };

  return {
    cluster: id,
    units: UNITS,
    years: years.map((year) => {
      const list = byYear.get(year)!;
      return {
        year,
        employees: cell(list, 'employees'),
        revenue: cell(list, 'revenue'),
        output: cell(list, 'output'),
      };
    }),
    growth: Object.fromEntries(SIZE_MEASURES.map((m) => [m, growth(m)])) as Record<
      SizeMeasure,
      Growth | null
    >,
    disclosure: { minContributors: MIN_CONTRIBUTORS, dominance: DOMINANCE, applied: guard },
  };
}

function cagr(from: number | null, to: number | null, span: number): number | null {
  if (from === null || to === null || from <= 0 || span <= 0) return null;
  return Math.pow(to / from, 1 / span) - 1;
}
