/**
 * The capacity alliance's order allocation (产能联合体) as the API takes it
 * and answers it, and the web reads it: members' capacities and unit costs,
 * orders, the allocation rules, and the allocation with what stays idle and
 * what cannot be served, and why. Types only. Quantities are in one unit
 * throughout (tonnes on the web page); costs in yuan.
 */

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
export type OrderSplitting = 'split' | 'whole';

export interface AllocationRules {
  orderSplitting: OrderSplitting;
  /** Each member is given at least this share of its capacity, scaled by the product's load (0–1). */
  fairShare: number;
}

export interface CapacityAllocationRequest extends Partial<AllocationRules> {
  capacities: CapacityInput[];
  orders: OrderInput[];
  /** Yuan per unit of quantity per km of great-circle distance. */
  transportCost?: number;
}

export type UnservedReason =
  | 'no-member-makes-product'
  | 'product-capacity-short'
  | 'no-member-can-take-whole-order'
  | 'capacity-short-by-due';

export interface AllocationLine {
  order: string;
  member: string;
  product: string;
  quantity: number;
  /** Yuan: quantity × (unit cost + transport cost × km). */
  cost: number;
  distanceKm: number;
  /** With due periods: the period the quantity is made in. */
  period?: number;
}

export interface UnservedOrder {
  order: string;
  product: string;
  quantity: number;
  reason: UnservedReason;
}

export interface ProductBalance {
  product: string;
  capacity: number;
  demand: number;
  allocated: number;
  /** capacity − allocated. */
  idle: number;
  /** demand − allocated. */
  missing: number;
  membersOffering: number;
  membersUsed: number;
  overlapRemoved: number;
}

export interface MemberLoad {
  member: string;
  product: string;
  capacity: number;
  allocated: number;
  /** allocated / capacity; null for a capacity of 0. */
  utilisation: number | null;
}

export interface ProductOptimality {
  product: string;
  status: 'optimal' | 'time-limit';
  /** Relative gap to the bound; 0 when optimal. */
  gap: number;
}

export interface CapacityAllocationAnswer {
  /** Yuan. */
  total: number;
  transportCost: number;
  rules: AllocationRules;
  allocations: AllocationLine[];
  unserved: UnservedOrder[];
  products: ProductBalance[];
  members: MemberLoad[];
  optimality: ProductOptimality[];
  warnings: { code: string; message: string }[];
}
