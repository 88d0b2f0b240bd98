import { useState, type FormEvent } from 'react';
import type { CapacityAllocationRequest } from '../../api/capacity.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { parseCapacities, parseOrders, type RowProblem } from './parse-rows.ts';

/**
 * The operator's input: the two tables pasted from a spreadsheet, the
 * transport cost and the rules. Rows are checked here, each problem named by
 * row and column, before anything is sent.
 */
export function AllocationForm(props: {
  busy: boolean;
  onSubmit: (request: CapacityAllocationRequest) => void;
}) {
  const tt = useDictionary(capacityText);
  const [capacities, setCapacities] = useState('');
  const [orders, setOrders] = useState('');
  const [transportCost, setTransportCost] = useState('0.5');
  const [whole, setWhole] = useState(false);
  const [share, setShare] = useState('0');
  const [problems, setProblems] = useState<string[]>([]);
  const say = (table: string, p: RowProblem) =>
    `${table}: ${fill(tt(`problem.${p.problem}`), { row: p.row, column: tt(`column.${p.column as 'member'}`) })}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = parseCapacities(capacities);
    const o = parseOrders(orders);
    const found = [
      ...c.problems.map((p) => say(tt('capacities'), p)),
      ...o.problems.map((p) => say(tt('orders'), p)),
    ];
    setProblems(found);
    if (found.length) return;
    props.onSubmit({
      capacities: c.rows,
      orders: o.rows,
      transportCost: Number(transportCost) || 0,
      orderSplitting: whole ? 'whole' : 'split',
      fairShare: Math.min(100, Math.max(0, Number(share) || 0)) / 100,
    });
  };
  return (
    <form className="capacity-form" onSubmit={submit} data-testid="capacity-form">
      <label>
        {tt('capacities')}
        <textarea
          rows={6}
          value={capacities}
          placeholder={tt('capacitiesPlaceholder')}
          onChange={(e) => setCapacities(e.target.value)}
          data-testid="capacity-capacities"
        />
        <span className="muted small">{tt('capacitiesHelp')}</span>
      </label>
      <label>
        {tt('orders')}
        <textarea
          rows={6}
          value={orders}
          placeholder={tt('ordersPlaceholder')}
          onChange={(e) => setOrders(e.target.value)}
          data-testid="capacity-orders"
        />
        <span className="muted small">{tt('ordersHelp')}</span>
      </label>
      <div className="form-row">
        <label>
          {tt('transportCost')}{' '}
          <input
            type="number"
            min={0}
            step="any"
            value={transportCost}
            onChange={(e) => setTransportCost(e.target.value)}
            data-testid="capacity-transport"
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={whole}
            onChange={(e) => setWhole(e.target.checked)}
            data-testid="capacity-whole"
          />{' '}
          {tt('wholeOrders')}
        </label>
        <label title={tt('fairShareHelp')}>
          {tt('fairShare')}{' '}
          <input
            type="number"
            min={0}
            max={100}
            step="any"
            value={share}
            onChange={(e) => setShare(e.target.value)}
            data-testid="capacity-share"
          />
        </label>
      </div>
      {problems.length ? (
        <ul role="alert" className="error" data-testid="capacity-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <button type="submit" disabled={props.busy} data-testid="capacity-run">
        {props.busy ? tt('running') : tt('run')}
      </button>
    </form>
  );
}
