/**
 * China's national input-output tables on the wire (GET /api/io/tables,
 * /api/io/suppliers, /api/io/buyers, /api/io/linkages): the tables shipped,
 * a sector's direct suppliers and buyers, and every sector's linkages
 * (docs/architecture.md, "The contract rule"). The table and sector
 * references are the ones the chain evidence quotes (io-evidence.ts). The
 * tables are published national statistics, no firm's figure: nothing here
 * is a confidential aggregate.
 */
import { z } from 'zod';
import { IoSector, IoTable } from './io-evidence.ts';

const yuan = (what: string) => z.number().describe(`${what}, 万元`);

/** One table shipped (GET /api/io/tables). */
export const IoTableSummary = IoTable.extend({
  totalOutput: yuan('Σ total output'),
  valueAdded: yuan('Σ value added (GDP by production)'),
  concordance: z.boolean().describe('its sectors map to GB/T 4754-2017 (a concordance ships)'),
});
export const IoTables = z.array(IoTableSummary);
export type IoTables = z.infer<typeof IoTables>;

/** A sector's direct suppliers, largest input coefficient first. */
export const IoSuppliers = z.strictObject({
  table: IoTable,
  sector: IoSector.extend({ totalInput: yuan('total input') }),
  suppliers: z.array(
    IoSector.extend({
      rank: z.number().int(),
      coefficient: z.number().describe('a_ij = z_ij / x_j'),
      flow: yuan('z_ij'),
      total: z.number().describe('Leontief inverse l_ij'),
      self: z.boolean(),
    }),
  ),
  conventions: z.string(),
});
export type IoSuppliers = z.infer<typeof IoSuppliers>;

/** A sector's direct buyers, largest share of its output first. */
export const IoBuyers = z.strictObject({
  table: IoTable,
  sector: IoSector.extend({
    totalOutput: yuan('total output'),
    intermediateShare: z.number().describe('the share of its output other sectors buy'),
  }),
  buyers: z.array(
    IoSector.extend({
      rank: z.number().int(),
      share: z.number().describe('b_ij = z_ij / x_i'),
      coefficient: z.number().describe('a_ij = z_ij / x_j'),
      flow: yuan('z_ij'),
      self: z.boolean(),
    }),
  ),
  conventions: z.string(),
});
export type IoBuyers = z.infer<typeof IoBuyers>;

/** Every sector's backward and forward linkages over their mean, in the table's order. */
export const IoLinkages = z.strictObject({
  table: IoTable,
  sectors: z.array(
    IoSector.extend({
      backward: z.number().describe('Rasmussen backward linkage: column sum of L over the mean'),
      forward: z.number().describe('row sum of the Ghosh inverse over the mean'),
      forwardLeontief: z.number().describe('Rasmussen row-sum forward index: row sum of L'),
      kind: z
        .enum(['key', 'backward', 'forward', 'weak'])
        .describe('key: both above 1; backward / forward: only that one; weak: neither'),
    }),
  ),
  conventions: z.string(),
});
export type IoLinkages = z.infer<typeof IoLinkages>;
