import type { Duck } from '../duck.ts';

export type SizeMeasure = 'employees' | 'revenue' | 'output';
export const SIZE_MEASURES: readonly SizeMeasure[] = ['employees', 'revenue', 'output'];

export interface MemberMeasureRow {
  organization: string;
  year: number;
  synthetic: boolean;
  employees: number | null;
  revenue: number | null;
  output: number | null;
}

/** Every yearly measure of a cluster's members, by organisation and year. */
export async function readClusterMeasures(db: Duck, cluster: string): Promise<MemberMeasureRow[]> {
  const rows = await db.all(
    `SELECT m.organization, m.year, o.synthetic, m.employees, m.revenue, m.output
     FROM cluster_members c
     JOIN measures m ON m.organization = c.organization
     JOIN organizations o ON o.id = c.organization
     WHERE c.cluster = $cluster
     ORDER BY m.year, m.organization`,
    { cluster },
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => ({
    organization: String(r.organization),
    year: Number(r.year),
    synthetic: Boolean(r.synthetic),
    employees: num(r.employees),
    revenue: num(r.revenue),
    output: num(r.output),
  }));
}
