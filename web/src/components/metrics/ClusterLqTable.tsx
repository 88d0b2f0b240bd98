import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import { metricProvenance } from '../../metric-provenance.ts';
import type { MetricAnswer } from '../../types.ts';
import { Figure } from '../Figure.tsx';
import { Withheld } from '../Withheld.tsx';
import { CONVENTIONS } from './metric-conventions.ts';

/** The LQ of the cluster's industries in its regions, each figure with its provenance. */
export function ClusterLqTable(props: {
  lq: MetricAnswer;
  cells: MetricAnswer['rows'];
  regionName: (code: string) => string;
  industryName: (code: string) => string;
}) {
  const { lq, cells } = props;
  const { t, lang } = useLang();
  const tt = useDictionary(rankingsText);
  // Each figure tells its metric, convention and matrix on hover and focus.
  const lqTip = metricProvenance('LQ', CONVENTIONS.lq, lq.matrix, t, lang);
  return (
    <>
      <h3>{tt('lq')}</h3>
      {cells.length === 0 ? <p className="muted">{tt('noCells')}</p> : null}
      <table className="table" data-testid="cluster-lq">
        <thead>
          <tr>
            <th>{tt('region')}</th>
            <th>{tt('industry')}</th>
            <th className="num">LQ</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((r) => (
            <tr key={`${r.region}-${r.industry}`}>
              <td>{props.regionName(r.region!)}</td>
              <td>{props.industryName(r.industry!)}</td>
              <td className="num">
                {r.value === null ? (
                  <Withheld />
                ) : (
                  <Figure provenance={lqTip} synthetic={(lq.matrix.syntheticShare ?? 0) > 0}>
                    {r.value.toFixed(2)}
                  </Figure>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
