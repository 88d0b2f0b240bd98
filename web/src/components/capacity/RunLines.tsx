import type { CapacityRun } from '../../api/capacity.ts';
import { money } from '../../format.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber, formatPercent } from '../../i18n.ts';
import { useLang } from '../../lang.tsx';
import { AllocationLinesTable } from './AllocationLinesTable.tsx';

/**
 * One saved run as the server gave it to this reader: every line for the
 * operator; for a member firm, its own lines and loads only (the server
 * selects them), said above the tables.
 */
export function RunLines(props: { run: CapacityRun }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const r = props.run;
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  return (
    <section data-testid="capacity-run-detail">
      <h3>{r.name}</h3>
      <p className="muted" data-testid="capacity-run-scope">
        {r.scope === 'own' ? tt('scopeOwn') : tt('scopeAll')}
      </p>
      <p>
        <strong>
          {r.scope === 'own' ? tt('ownCost') : tt('total')}:{' '}
          <span data-testid="capacity-run-cost">{money(lang, r.cost)}</span>
        </strong>{' '}
        · {tt('allocated')}: {t(r.quantity)}
      </p>
      <AllocationLinesTable lines={r.allocations} testId="capacity-run-lines" />
      <h3>{tt('members')}</h3>
      <table className="table" data-testid="capacity-run-loads">
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
          {r.loads.map((m) => (
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
    </section>
  );
}
