/** What a capacity allocation answers: its flows, what stays unserved and why, and per-product and per-member sums. */
export interface Allocation {
  order: string;
  member: string;
  product: string;
  quantity: number;
  /** quantity × (unit cost + τ · km). */
  cost: number;
  distanceKm: number;
  /** With due periods: the period the quantity is made in. */
  period?: number;
}

/**
 * Why an order is short: no member makes its product; the product's capacity
 * (or, under fair shares, what the shares leave) is short; or, with whole
 * orders, no single member can take the order whole; or, with due periods,
 * the capacity of the periods up to its due one is taken.
 */
export type UnservedReason =
  | 'no-member-makes-product'
  | 'product-capacity-short'
  | 'no-member-can-take-whole-order'
  | 'capacity-short-by-due';

export interface Unserved {
  order: string;
  product: string;
  quantity: number;
  reason: UnservedReason;
}

export interface ProductSummary {
  product: string;
  capacity: number;
  demand: number;
  allocated: number;
  idle: number;
  missing: number;
  membersOffering: number;
  membersUsed: number;
  overlapRemoved: number;
}

export interface MemberUse {
  member: string;
  product: string;
  capacity: number;
  allocated: number;
  /** allocated / capacity; null for a capacity of 0. */
  utilisation: number | null;
}

export interface CapacityAllocation {
  total: number;
  allocations: Allocation[];
  unserved: Unserved[];
  products: ProductSummary[];
  members: MemberUse[];
}
