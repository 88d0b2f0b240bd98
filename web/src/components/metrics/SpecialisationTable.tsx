import { useDictionary } from '../../i18n/dictionary.ts';
import { rankingsText } from '../../i18n/rankings.ts';
import { useLang } from '../../lang.tsx';
import { metricProvenance } from '../../metric-provenance.ts';
import { regionHref } from '../../route.ts';
import type { MetricAnswer } from '../../types.ts';
import { Figure } from '../Figure.tsx';
import { Withheld } from '../Withheld.tsx';
import { CONVENTIONS } from './metric-conventions.ts';

/** How specialised the cluster's regions are (Krugman index, HHI), each figure with its provenance. */
export function SpecialisationTable(props: {
  regions: string[];
  krugman: MetricAnswer | null;
  hhi: MetricAnswer | null;
  regionName: (code: string) => string;
}) {
  const { t, lang } = useLang();
  const tt = useDictionary(rankingsText);
  const figure = (
    answer: MetricAnswer | null,
    metric: keyof typeof CONVENTIONS,
    code: string,
    digits: number,
  ) => {
    const v = answer?.rows.find((r) => r.region === code)?.value;
    if (!answer || v === undefined) return '—';
    if (v === null) return <Withheld />;
    return (
      <Figure
        provenance={metricProvenance(tt(metric), CONVENTIONS[metric], answer.matrix, t, lang)}
        synthetic={(answer.matrix.syntheticShare ?? 0) > 0}
      >
        {v.toFixed(digits)}
      </Figure>
    );
  };
  return (
    <>
      <h3>{tt('specialisation')}</h3>
      <table className="table">
        <thead>
          <tr>
            <th>{tt('region')}</th>
            <th className="num">{tt('krugman')}</th>
            <th className="num">{tt('hhi')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.regions.map((code) => (
            <tr key={code}>
              <td>{props.regionName(code)}</td>
              <td className="num">{figure(props.krugman, 'krugman', code, 3)}</td>
              <td className="num">{figure(props.hhi, 'hhi', code, 3)}</td>
              <td>
                <a href={regionHref(code)}>{tt('regionPage')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
