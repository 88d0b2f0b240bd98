/**
 * The capacity alliance's order allocation (产能联合体) as the API takes it
 * and answers it, and the web reads it: members' capacities and unit costs,
 * orders, the allocation rules, and the allocation with what stays idle and
 * what cannot be served, and why. The request is typed here (the route
 * checks it); the answer is a zod schema the route mounts (docs/architecture.md,
 * "The contract rule"). Quantities are in one unit throughout (tonnes on the
 * web page); costs in yuan.
 */
import { z } from 'zod';

export interface CapacityInput {
  member: string;
  product: string;
  /** A grade (牌号, 规格) within the product; an order of a grade takes only that grade. */
  grade?: string;
  capacity: number;
  /** Yuan per unit of quantity. */
  unitCost: number;
  lon: number;
  lat: number;
  /** With due periods: capacity is per period, offered from this period on (default 1). */
  firstPeriod?: number;
}

export interface OrderInput {
  order: string;
  product: string;
  grade?: string;
  quantity: number;
  lon: number;
  lat: number;
  /** The period (an integer ≥ 1: a week or month of the plan) by whose end the order must be made. */
  due?: number;
}

/** 'split': an order may be shared among members; 'whole': one member takes it or none. */
export const OrderSplitting = z.enum(['split', 'whole']);
export type OrderSplitting = z.infer<typeof OrderSplitting>;

export const AllocationRules = z.strictObject({
  orderSplitting: OrderSplitting,
  /** Each member is given at least this share of its capacity, scaled by the product's load (0–1). */
  fairShare: z.number(),
});
export type AllocationRules = z.infer<typeof AllocationRules>;

export interface CapacityAllocationRequest extends Partial<AllocationRules> {
  capacities: CapacityInput[];
  orders: OrderInput[];
  /** Yuan per unit of quantity per km of great-circle distance. */
  transportCost?: number;
}

export const UnservedReason = z.enum([
  'no-member-makes-product',
  'product-capacity-short',
  'no-member-can-take-whole-order',
  'capacity-short-by-due',
]);
export type UnservedReason = z.infer<typeof UnservedReason>;

export const AllocationLine = z.strictObject({
  order: z.string(),
  member: z.string(),
  product: z.string(),
  quantity: z.number(),
  cost: z.number().describe('yuan: quantity × (unit cost + transport cost × km)'),
  distanceKm: z.number(),
  period: z
    .number()
    .int()
    .optional()
    .describe('with due periods: the period the quantity is made in'),
});
export type AllocationLine = z.infer<typeof AllocationLine>;

export const UnservedOrder = z.strictObject({
  order: z.string(),
  product: z.string(),
  quantity: z.number(),
  reason: UnservedReason,
});
export type UnservedOrder = z.infer<typeof UnservedOrder>;

export const ProductBalance = z.strictObject({
  product: z.string(),
  capacity: z.number(),
  demand: z.number(),
  allocated: z.number(),
  idle: z.number().describe('capacity − allocated: excess capacity'),
  missing: z.number().describe('demand − allocated: capacity missing'),
  membersOffering: z.number().int(),
  membersUsed: z.number().int(),
  overlapRemoved: z
    .number()
    .int()
    .describe('members offering the product that the allocation leaves idle'),
});
export type ProductBalance = z.infer<typeof ProductBalance>;

export const MemberLoad = z.strictObject({
  member: z.string(),
  product: z.string(),
  capacity: z.number(),
  allocated: z.number(),
  utilisation: z.number().nullable().describe('allocated / capacity; null for a capacity of 0'),
});
export type MemberLoad = z.infer<typeof MemberLoad>;

export const ProductOptimality = z.strictObject({
  product: z.string(),
  status: z.enum(['optimal', 'time-limit']),
  gap: z.number().describe('relative gap to the bound; 0 when optimal'),
});
export type ProductOptimality = z.infer<typeof ProductOptimality>;

/** The allocation's answer: cost, allocations, the unserved and why, use by product and member. */
export const CapacityAllocationAnswer = z.strictObject({
  total: z.number().describe('yuan'),
  transportCost: z.number(),
  rules: AllocationRules,
  allocations: z.array(AllocationLine),
  unserved: z.array(UnservedOrder),
  products: z.array(ProductBalance),
  members: z.array(MemberLoad),
  optimality: z.array(ProductOptimality),
  /** Warnings as code and message (their details stay on the CLI's JSON). */
  warnings: z.array(z.strictObject({ code: z.string(), message: z.string() })),
});
export type CapacityAllocationAnswer = z.infer<typeof CapacityAllocationAnswer>;
