import type { AllocationLine as FreshLine } from '../../../../src/contract/capacity.ts';
import type { CapacityRunLine } from '../../../../src/contract/capacity-runs.ts';
import { money, quantity } from '../../format.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** One line of an allocation as both a fresh answer and a saved run give it (a saved run's period is null without due periods). */
export type AllocationLine = Omit<FreshLine, 'period'> & { period?: CapacityRunLine['period'] };

/** Each order's lines: who makes how much of which product, how far, at what cost, and in which period when orders have due periods. */
export function AllocationLinesTable(props: { lines: readonly AllocationLine[]; testId: string }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  const periods = props.lines.some((x) => x.period !== undefined && x.period !== null);
  return (
    <table className="table" data-testid={props.testId}>
      <thead>
        <tr>
          <th>{tt('column.order')}</th>
          <th>{tt('column.member')}</th>
          <th>{tt('column.product')}</th>
          <th>{tt('column.quantity')}</th>
          <th>{tt('distance')}</th>
          <th>{tt('cost')}</th>
          {periods ? <th>{tt('period')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.lines.map((x) => (
          <tr key={`${x.order}|${x.member}|${x.product}|${x.period ?? ''}`}>
            <td>{x.order}</td>
            <td>{x.member}</td>
            <td>{x.product}</td>
            <td>{t(x.quantity)}</td>
            <td>{quantity(lang, Math.round(x.distanceKm), 'km').text}</td>
            <td>{money(lang, x.cost)}</td>
            {periods ? <td>{x.period ?? '—'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
