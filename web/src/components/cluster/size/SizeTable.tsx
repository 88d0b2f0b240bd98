import type { ClusterSize } from '../../../api/cluster-size.ts';
import { useDictionary } from '../../../i18n/dictionary.ts';
import { sizeText } from '../../../i18n/size.ts';
import { useLang } from '../../../lang.tsx';
import { MEASURES } from './size-measures.ts';

/** Each year's sums by measure (withheld said) and how many organisations report. */
export function SizeTable({ data }: { data: ClusterSize }) {
  const { lang } = useLang();
  const ts = useDictionary(sizeText);
  // Whole units as the column heads name them (persons, 万元): no 万 abbreviation on top of 万元.
  const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const shown = (v: number | null, suppressed: boolean) =>
    suppressed ? ts('withheld') : v === null ? '—' : whole.format(v);
  return (
    <table className="table" data-testid="size-table">
      <thead>
        <tr>
          <th>{ts('year')}</th>
          {MEASURES.map((m) => (
            <th key={m} className="num">
              {ts(m)}
            </th>
          ))}
          <th className="num">{ts('reporting')}</th>
        </tr>
      </thead>
      <tbody>
        {data.years.map((y) => (
          <tr key={y.year}>
            <td>{y.year}</td>
            {MEASURES.map((m) => (
              <td key={m} className="num">
                {shown(y[m].sum, y[m].suppressed)}
              </td>
            ))}
            <td className="num">
              {y.employees.organizations}
              {y.employees.synthetic > 0 ? (
                <span className="muted"> ({ts('synthetic', { n: y.employees.synthetic })})</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
