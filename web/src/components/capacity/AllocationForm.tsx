import { useState, type FormEvent } from 'react';
import type { CapacityAllocationRequest } from '../../api/capacity.ts';
import { fill, useDictionary } from '../../i18n/dictionary.ts';
import { capacityText } from '../../i18n/capacity.ts';
import { parseCapacities, parseOrders, type RowProblem } from './parse-rows.ts';
import { colon } from '../../i18n/colon.ts';
import { useLang } from '../../lang.tsx';

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
  const { lang } = useLang();
  const [tables, setTables] = useState<Record<Table, string>>({ capacities: '', orders: '' });
  const [transportCost, setTransportCost] = useState('0.5');
  const [whole, setWhole] = useState(false);
  const [share, setShare] = useState('0');
  const [problems, setProblems] = useState<string[]>([]);
  const say = (table: Table) => (p: RowProblem) =>
    `${tt(table)}${colon(lang)}${fill(tt(`problem.${p.problem}`), { row: p.row, column: tt(`column.${p.column as 'member'}`) })}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c = parseCapacities(tables.capacities);
    const o = parseOrders(tables.orders);
    const found = [...c.problems.map(say('capacities')), ...o.problems.map(say('orders'))];
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
      {TABLES.map((table) => (
        <PastedTable
          key={table}
          table={table}
          value={tables[table]}
          onChange={(v) => setTables((t) => ({ ...t, [table]: v }))}
        />
      ))}
      <div className="form-row">
        <NumberField
          label={tt('transportCost')}
          value={transportCost}
          onChange={setTransportCost}
          testId="capacity-transport"
        />
        <label>
          <input
            type="checkbox"
            checked={whole}
            onChange={(e) => setWhole(e.target.checked)}
            data-testid="capacity-whole"
          />{' '}
          {tt('wholeOrders')}
        </label>
        <NumberField
          label={tt('fairShare')}
          title={tt('fairShareHelp')}
          max={100}
          value={share}
          onChange={setShare}
          testId="capacity-share"
        />
      </div>
      <ProblemList problems={problems} />
      <button type="submit" disabled={props.busy} data-testid="capacity-run">
        {props.busy ? tt('running') : tt('run')}
      </button>
    </form>
  );
}

/** The two tables the operator pastes, in the order they are asked for. */
const TABLES = ['capacities', 'orders'] as const;
type Table = (typeof TABLES)[number];

/** A table pasted from a spreadsheet, with what its columns are. */
function PastedTable(props: { table: Table; value: string; onChange: (value: string) => void }) {
  const tt = useDictionary(capacityText);
  const { table } = props;
  return (
    <label>
      {tt(table)}
      <textarea
        rows={6}
        value={props.value}
        placeholder={tt(`${table}Placeholder`)}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={`capacity-${table}`}
      />
      <span className="muted small">{tt(`${table}Help`)}</span>
    </label>
  );
}

/** A rule's figure (transport cost, fair share): a number from 0, as typed. */
function NumberField(props: {
  label: string;
  title?: string;
  max?: number;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <label title={props.title}>
      {props.label}{' '}
      <input
        type="number"
        min={0}
        max={props.max}
        step="any"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        data-testid={props.testId}
      />
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
