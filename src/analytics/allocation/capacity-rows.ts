/** The rows a capacity allocation reads: members' capacities and the orders to serve. */
export interface CapacityRow {
  member: string;
  product: string;
  /** A grade (牌号, 规格) within the product; orders of a grade take only that grade. */
  grade?: string;
  capacity: number;
  unitCost: number;
  lon: number;
  lat: number;
  /** With due periods: capacity is per period, offered from this period on (default 1). */
  firstPeriod?: number;
}

export interface OrderRow {
  order: string;
  product: string;
  grade?: string;
  quantity: number;
  lon: number;
  lat: number;
  /** The period by whose end the order must be made (an integer ≥ 1; due-period-allocation.ts). */
  due?: number;
}
