/**
 * Who is asking, and what they may see and do. Member firms' figures are
 * confidential: yearly measures (employees, revenue, output, R&D spend,
 * patents) and supply-link values are visible to admins and analysts, and to
 * a member for its own organisation only; viewers see public fields and
 * aggregates. Edits and imports need an analyst or above.
 */
export const ROLES = ['viewer', 'member', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  role: Role;
  /** The account's name; absent for an anonymous viewer. */
  user?: string;
  /** A member's own organisation. */
  organization?: string;
}

export const ANONYMOUS: Viewer = { role: 'viewer' };

const RANK: Record<Role, number> = { viewer: 0, member: 1, analyst: 2, admin: 3 };

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (ROLES as readonly string[]).includes(x);
}

/** The role is `min` or above (viewer < member < analyst < admin). */
export function atLeast(v: Viewer, min: Role): boolean {
  return RANK[v.role] >= RANK[min];
}

/** May this viewer see the confidential figures of this organisation? */
export function seesFiguresOf(v: Viewer, organization: string): boolean {
  return atLeast(v, 'analyst') || (v.role === 'member' && v.organization === organization);
}

/** May this viewer see every organisation's figures (no redaction needed)? */
export function seesAllFigures(v: Viewer): boolean {
  return atLeast(v, 'analyst');
}
