import type { FastifyInstance } from 'fastify';
import {
  allocateCapacity,
  type CapacityRow,
  type OrderRow,
} from '../../services/capacity/allocate-capacity.ts';
import { CapacityAllocationAnswer } from '../../contract/capacity.ts';
import { wire } from '../contract-schema.ts';
import { errorResponses } from '../schemas.ts';

interface Body {
  capacities: CapacityRow[];
  orders: OrderRow[];
  transportCost?: number;
  orderSplitting?: 'split' | 'whole';
  fairShare?: number;
}

const text = { type: 'string', minLength: 1, maxLength: 200 } as const;
const amount = { type: 'number', minimum: 0 } as const;
const lon = { type: 'number', minimum: -180, maximum: 180 } as const;
const lat = { type: 'number', minimum: -90, maximum: 90 } as const;
/** A period of the plan (a week or month): capacity is then per period; an order is due by the end of its period. */
const period = { type: 'integer', minimum: 1, maximum: 1000 } as const;

/** The allocation's request: members' capacities and costs, orders, the rules. */
const allocateBody = {
  type: 'object',
  additionalProperties: false,
  required: ['capacities', 'orders'],
  properties: {
    capacities: {
      type: 'array',
      maxItems: 5000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['member', 'product', 'capacity', 'unitCost', 'lon', 'lat'],
        properties: {
          member: text,
          product: text,
          grade: text,
          capacity: amount,
          unitCost: amount,
          lon,
          lat,
          firstPeriod: period,
        },
      },
    },
    orders: {
      type: 'array',
      maxItems: 50000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['order', 'product', 'quantity', 'lon', 'lat'],
        properties: {
          order: text,
          product: text,
          grade: text,
          quantity: amount,
          lon,
          lat,
          due: period,
        },
      },
    },
    transportCost: { ...amount, description: 'yuan per unit of quantity per km' },
    orderSplitting: {
      type: 'string',
      enum: ['split', 'whole'],
      description:
        'split (default): an order may be shared among members (a linear programme); whole: one member takes it or none (a mixed-integer programme)',
    },
    fairShare: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description:
        "each member is given at least this share of its capacity, scaled by the product's load (default 0)",
    },
  },
} as const;

/**
 * POST /api/capacity/allocate: the capacity alliance's operator (an analyst)
 * allocates orders to members at least production + transport cost. A
 * computation, not a write, but its inputs are members' confidential costs
 * and capacities: the default write role (analyst) guards it, and the audit
 * log keeps who ran it.
 */
export function capacityRoutes(app: FastifyInstance): void {
  app.post<{ Body: Body }>(
    '/api/capacity/allocate',
    {
      config: { heavy: true },
      schema: {
        tags: ['capacity'],
        summary:
          'Capacity alliance (产能联合体): allocate orders to members at least production + transport cost (exact: min-cost flow per product; HiGHS for whole orders or fair shares); idle and missing capacity by product, utilisation by member, unserved orders with the reason',
        body: allocateBody,
        response: { 200: wire(CapacityAllocationAnswer), ...errorResponses },
      },
    },
    async (req) => {
      req.auditDetails = {
        capacities: req.body.capacities.length,
        orders: req.body.orders.length,
      };
      const { capacities, orders, transportCost, orderSplitting, fairShare } = req.body;
      return allocateCapacity(capacities, orders, transportCost, { orderSplitting, fairShare });
    },
  );
}
