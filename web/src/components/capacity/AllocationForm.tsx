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
      <PastedTable
        label={tt('capacities')}
        value={capacities}
        placeholder={tt('capacitiesPlaceholder')}
        help={tt('capacitiesHelp')}
        onChange={setCapacities}
        testId="capacity-capacities"
      />
      <PastedTable
        label={tt('orders')}
        value={orders}
        placeholder={tt('ordersPlaceholder')}
        help={tt('ordersHelp')}
        onChange={setOrders}
        testId="capacity-orders"
      />
      <AllocationRules
        transportCost={transportCost}
        setTransportCost={setTransportCost}
        whole={whole}
        setWhole={setWhole}
        share={share}
        setShare={setShare}
      />
      <ProblemList problems={problems} />
      <button type="submit" disabled={props.busy} data-testid="capacity-run">
        {props.busy ? tt('running') : tt('run')}
      </button>
    </form>
  );
}

/** A table pasted from a spreadsheet, with what its columns are. */
function PastedTable(props: {
  label: string;
  value: string;
  placeholder: string;
  help: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label>
      {props.label}
      <textarea
        rows={6}
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
      <span className="muted small">{props.help}</span>
    </label>
  );
}

function ProblemList({ problems }: { problems: string[] }) {
  return problems.length ? (
    <ul role="alert" className="error" data-testid="capacity-problems">
      {problems.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  ) : null;
}

/** The rules of the allocation: transport cost, whole orders, fair share. */
function AllocationRules(props: {
  transportCost: string;
  setTransportCost: (v: string) => void;
  whole: boolean;
  setWhole: (v: boolean) => void;
  share: string;
  setShare: (v: string) => void;
}) {
  const tt = useDictionary(capacityText);
  const { transportCost, setTransportCost, whole, setWhole, share, setShare } = props;
  return (
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
  );
}
