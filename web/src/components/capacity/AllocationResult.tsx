import type { CapacityAllocationAnswer } from '../../api/capacity.ts';
import { money } from '../../format.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { formatNumber, formatPercent } from '../../i18n/common.ts';
import { useLang } from '../../lang.tsx';
import { AllocationLinesTable } from './AllocationLinesTable.tsx';
import { MemberLoadsTable } from './MemberLoadsTable.tsx';
import { colon } from '../../i18n/colon.ts';

/** The allocation: total and rules, each order's lines, what is not served and why, products and members. */
export function AllocationResult(props: { answer: CapacityAllocationAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const a = props.answer;
  const rules = [
    a.rules.orderSplitting === 'whole' ? tt('rulesWhole') : tt('rulesSplit'),
    a.rules.fairShare > 0
      ? fill(tt('rulesShare'), { share: formatPercent(lang, a.rules.fairShare) })
      : null,
  ].filter(Boolean);
  const stopped = a.optimality.filter((o) => o.status === 'time-limit');
  return (
    <section data-testid="capacity-result">
      <p>
        <strong>
          {tt('total')}
          {colon(lang)}
          <span data-testid="capacity-total">{money(lang, a.total)}</span>
        </strong>{' '}
        · {rules.join(' · ')} ·{' '}
        {stopped.length
          ? stopped
              .map((o) =>
                fill(tt('timeLimit'), { product: o.product, gap: formatPercent(lang, o.gap) }),
              )
              .join('; ')
          : tt('optimal')}
      </p>
      <h3>{tt('allocations')}</h3>
      <AllocationLinesTable lines={a.allocations} testId="capacity-allocations" />
      <Unserved answer={a} />
      <Balances answer={a} />
    </section>
  );
}

function Unserved(props: { answer: CapacityAllocationAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const u = props.answer.unserved;
  return (
    <>
      <h3>{tt('unserved')}</h3>
      {u.length === 0 ? <p className="muted">{tt('noneUnserved')}</p> : null}
      {u.length ? (
        <table className="table" data-testid="capacity-unserved">
          <thead>
            <tr>
              <th>{tt('column.order')}</th>
              <th>{tt('column.product')}</th>
              <th>{tt('unservedQuantity')}</th>
              <th>{tt('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {u.map((x) => (
              <tr key={x.order}>
                <td>{x.order}</td>
                <td>{x.product}</td>
                <td>{fill(tt('tonnes'), { n: formatNumber(lang, x.quantity) })}</td>
                <td>{tt(`reason.${x.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

function Balances(props: { answer: CapacityAllocationAnswer }) {
  const { lang } = useLang();
  const tt = useDictionary(capacityText);
  const t = (n: number) => fill(tt('tonnes'), { n: formatNumber(lang, n) });
  return (
    <>
      <h3>{tt('products')}</h3>
      <table className="table" data-testid="capacity-products">
        <thead>
          <tr>
            <th>{tt('column.product')}</th>
            <th>{tt('column.capacity')}</th>
            <th>{tt('demand')}</th>
            <th>{tt('allocated')}</th>
            <th>{tt('idle')}</th>
            <th>{tt('missingCapacity')}</th>
            <th>{tt('membersUsed')}</th>
          </tr>
        </thead>
        <tbody>
          {props.answer.products.map((p) => (
            <tr key={p.product}>
              <td>{p.product}</td>
              <td>{t(p.capacity)}</td>
              <td>{t(p.demand)}</td>
              <td>{t(p.allocated)}</td>
              <td>{t(p.idle)}</td>
              <td>{t(p.missing)}</td>
              <td>
                {p.membersUsed} / {p.membersOffering}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{tt('members')}</h3>
      <MemberLoadsTable loads={props.answer.members} testId="capacity-members" />
    </>
  );
}
