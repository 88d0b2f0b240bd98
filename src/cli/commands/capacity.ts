import type { Command } from 'commander';
import { allocateCapacityFiles } from '../../services/capacity/allocate-capacity-files.ts';
import { choice } from '../choice.ts';
import { emit, say } from '../output.ts';
import { writeJson } from '../output/write-json.ts';
import { numberOption } from '../options/number-option.ts';
import { registerOverCapacity } from './over-capacity.ts';

interface AllocateCliOptions {
  capacities: string;
  orders: string;
  transportCost?: string;
  wholeOrders?: boolean;
  fairShare?: string;
  format?: string;
  out?: string;
}

/**
 * `atlas capacity allocate --capacities FILE --orders FILE`: the capacity
 * alliance (产能联合体) allocates orders to its members at least total cost
 * (production + transport by great-circle distance). CSV: one row per
 * `order,member,quantity,cost` and a `total` row; JSON: {total,
 * allocations, unserved, products, members, optimality}. `--whole-orders`
 * keeps each order with one member (a mixed-integer programme, HiGHS);
 * `--fair-share S` gives each member at least S of its capacity. Idle capacity and unserved
 * orders are summarised on stderr.
 */
export function registerCapacity(program: Command): void {
  const capacity = program
    .command('capacity')
    .description('The capacity alliance (产能联合体): pooled capacity and order allocation');
  capacity
    .command('allocate')
    .description('Allocate orders to members at least production + transport cost')
    .requiredOption(
      '--capacities <file>',
      'member,product[,grade],capacity,unit_cost,lon,lat[,first_period]',
    )
    .requiredOption(
      '--orders <file>',
      'order,product[,grade],quantity,lon,lat[,due] (due: the period by whose end it is made; capacity is then per period)',
    )
    .option('--transport-cost <yuan>', 'transport cost per unit of quantity per km (yuan per t·km)')
    .option('--whole-orders', 'each order goes to one member or none (a mixed-integer programme)')
    .option(
      '--fair-share <share>',
      "each member gets at least this share of its capacity (0–1), scaled by the product's load",
    )
    .option('--format <format>', 'csv | json | table')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(async (opts: AllocateCliOptions) => {
      const format = choice('format', opts.format, ['csv', 'json', 'table'] as const);
      // Yuan per t·km.
      const transportCost = numberOption.nonNegative('transport-cost', opts.transportCost);
      const r = await allocateCapacityFiles({
        capacities: opts.capacities,
        orders: opts.orders,
        transportCost,
        orderSplitting: opts.wholeOrders ? 'whole' : 'split',
        fairShare: numberOption.range('fair-share', opts.fairShare, 0, 1),
      });
      for (const w of r.warnings) say(`warning ${w.code}: ${w.message}`);
      for (const u of r.unserved)
        say(`unserved ${u.order} (${u.product}): ${u.quantity} — ${u.reason}`);
      for (const p of r.products)
        say(
          `${p.product}: capacity ${p.capacity}, demand ${p.demand}, allocated ${p.allocated}, idle ${p.idle}, missing ${p.missing}; ${p.membersUsed} of ${p.membersOffering} members used`,
        );
      if (format === 'json') {
        writeJson(r, opts.out);
        return;
      }
      const rows: Record<string, unknown>[] = r.allocations.map((a) => ({
        order: a.order,
        member: a.member,
        quantity: a.quantity,
        cost: a.cost,
      }));
      // With due periods, the period each line is made in.
      const periods = r.allocations.some((a) => a.period !== undefined);
      if (periods) r.allocations.forEach((a, k) => (rows[k].period = a.period ?? ''));
      rows.push({ order: 'total', member: '', quantity: '', cost: r.total });
      const columns = ['order', 'member', 'quantity', 'cost'];
      emit(rows, { format, out: opts.out }, periods ? [...columns, 'period'] : columns);
    });
  registerOverCapacity(capacity);
}
