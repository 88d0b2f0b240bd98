/**
 * Saved allocation runs of a capacity alliance (产能联合体): the operator (an
 * analyst) saves a run, recomputed from its inputs so that what is stored is
 * what the solver answers; each capacity row may name the atlas organisation
 * the member stands for. A member firm's account reads only the lines and
 * loads of its own organisation (`scope: 'own'`): never another member's
 * capacity, cost or allocation, nor the run's total or its product balance,
 * which are sums over every member. Quantities in one unit (tonnes on the
 * web page); costs in yuan.
 */
import { z } from 'zod';

const Text = z.string().trim().min(1).max(200);
const Amount = z.number().min(0);
const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
/** A period of the plan (a week or month): capacity is then per period. */
const Period = z.number().int().min(1).max(1000);

export const CapacityRunCapacity = z.strictObject({
  member: Text,
  /** The atlas organisation this member stands for: its account then reads its own lines. */
  organization: Text.optional(),
  product: Text,
  grade: Text.optional(),
  capacity: Amount,
  /** Yuan per unit of quantity. */
  unitCost: Amount,
  lon: Lon,
  lat: Lat,
  firstPeriod: Period.optional(),
});

export const CapacityRunOrder = z.strictObject({
  order: Text,
  product: Text,
  grade: Text.optional(),
  quantity: Amount,
  lon: Lon,
  lat: Lat,
  /** The period by whose end the order must be made. */
  due: Period.optional(),
});

export const CapacityRunInput = z.strictObject({
  name: Text,
  capacities: z.array(CapacityRunCapacity).min(1).max(5000),
  orders: z.array(CapacityRunOrder).min(1).max(50000),
  /** Yuan per unit of quantity per km of great-circle distance. */
  transportCost: Amount.optional(),
  orderSplitting: z.enum(['split', 'whole']).optional(),
  fairShare: z.number().min(0).max(1).optional(),
});
export type CapacityRunInput = z.input<typeof CapacityRunInput>;

export const CapacityRunLine = z.object({
  order: z.string(),
  member: z.string(),
  organization: z.string().nullable(),
  product: z.string(),
  quantity: z.number(),
  /** Yuan: quantity × (unit cost + transport cost × km). */
  cost: z.number(),
  distanceKm: z.number(),
  /** With due periods: the period the quantity is made in; null without. */
  period: z.number().int().nullable(),
});
export type CapacityRunLine = z.infer<typeof CapacityRunLine>;

export const CapacityRunLoad = z.object({
  member: z.string(),
  organization: z.string().nullable(),
  product: z.string(),
  capacity: z.number(),
  allocated: z.number(),
  /** allocated / capacity; null for a capacity of 0. */
  utilisation: z.number().nullable(),
});
export type CapacityRunLoad = z.infer<typeof CapacityRunLoad>;

/** A run as one reader may see it: 'all' for analysts and admins, 'own' for a member firm. */
export const CapacityRunHead = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  /** The operator's account; null for a member's view. */
  createdBy: z.string().nullable(),
  scope: z.enum(['all', 'own']),
  /** The member's organisation for scope 'own'; null for scope 'all'. */
  organization: z.string().nullable(),
  orderSplitting: z.enum(['split', 'whole']),
  fairShare: z.number(),
  /** Yuan per unit per km. */
  transportCost: z.number(),
  /** Lines in this view. */
  lines: z.number().int(),
  /** Quantity of the lines in this view. */
  quantity: z.number(),
  /** Yuan: cost of the lines in this view (the run's total for scope 'all'). */
  cost: z.number(),
});
export type CapacityRunHead = z.infer<typeof CapacityRunHead>;

const Unserved = z.object({
  order: z.string(),
  product: z.string(),
  quantity: z.number(),
  reason: z.enum([
    'no-member-makes-product',
    'product-capacity-short',
    'no-member-can-take-whole-order',
    'capacity-short-by-due',
  ]),
});

const ProductBalance = z.object({
  product: z.string(),
  capacity: z.number(),
  demand: z.number(),
  allocated: z.number(),
  idle: z.number(),
  missing: z.number(),
  membersOffering: z.number().int(),
  membersUsed: z.number().int(),
  overlapRemoved: z.number().int(),
});

/** The operator's summary of a run: sums over every member, so never in a member's view. */
export const CapacityRunSummary = z.object({
  unserved: z.array(Unserved),
  products: z.array(ProductBalance),
  optimality: z.array(
    z.object({
      product: z.string(),
      status: z.enum(['optimal', 'time-limit']),
      gap: z.number(),
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type CapacityRunSummary = z.infer<typeof CapacityRunSummary>;

export const CapacityRun = CapacityRunHead.extend({
  allocations: z.array(CapacityRunLine),
  loads: z.array(CapacityRunLoad),
  /** Absent for a member's view. */
  summary: CapacityRunSummary.optional(),
});
export type CapacityRun = z.infer<typeof CapacityRun>;

export const CapacityRunList = z.object({ items: z.array(CapacityRunHead) });
export type CapacityRunList = z.infer<typeof CapacityRunList>;
