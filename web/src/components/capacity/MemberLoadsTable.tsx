import type { MemberLoad } from '../../../../src/contract/capacity.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber, formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';

/** Each member's capacity, what it was allocated and its utilisation. */
export function MemberLoadsTable(props: { loads: readonly MemberLoad[]; testId: string }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  return (
    <table className="table" data-testid={props.testId}>
      <thead>
        <tr>
          <th>{tt('column.member')}</th>
          <th>{tt('column.product')}</th>
          <th>{tt('column.capacity')}</th>
          <th>{tt('allocated')}</th>
          <th>{tt('utilisation')}</th>
        </tr>
      </thead>
      <tbody>
        {props.loads.map((m) => (
          <tr key={`${m.member}|${m.product}`}>
            <td>{m.member}</td>
            <td>{m.product}</td>
            <td>{t(m.capacity)}</td>
            <td>{t(m.allocated)}</td>
            <td>{m.utilisation === null ? '—' : formatPercent(lang, m.utilisation)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
