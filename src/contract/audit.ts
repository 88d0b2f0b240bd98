/**
 * The audit log of writes on the wire (GET /api/audit, admins only): who,
 * when, what and how it ended, newest first (docs/architecture.md, "The
 * contract rule"). A write's details are plain values: a nested object
 * travels as its JSON text, so the answer stays closed.
 */
import { z } from 'zod';
import { PlainDetails } from './answer-warning.ts';
import { pageOf, PageQuery } from './paging.ts';

export const AuditQuery = PageQuery;
export type AuditQuery = z.input<typeof AuditQuery>;

/** One write: when, who in which role, the action and its target, the status, details. */
export const AuditEntry = z.strictObject({
  at: z.string().describe('ISO 8601 time'),
  actor: z.string(),
  role: z.string().describe('a viewer role, or cli / system for writes outside the API'),
  action: z.string().describe('method and route, or the command'),
  target: z.string(),
  status: z.number().int().describe('HTTP status, or the error’s status for a command'),
  details: PlainDetails.nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;
