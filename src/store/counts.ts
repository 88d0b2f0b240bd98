import type { Duck } from './duck.ts';

export const COUNTED_TABLES = [
  'regions',
  'industries',
  'organizations',
  'measures',
  'links',
  'clusters',
  'cluster_members',
  'indicators',
  'imports',
] as const;

export type Counts = Record<(typeof COUNTED_TABLES)[number], number> & {
  synthetic_organizations: number;
  synthetic_links: number;
};

/** The number of rows of every entity, and how many of them are synthetic. */
export async function counts(db: Duck): Promise<Counts> {
  const parts = COUNTED_TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`);
  parts.push('(SELECT count(*) FROM organizations WHERE synthetic) AS synthetic_organizations');
  parts.push('(SELECT count(*) FROM links WHERE synthetic) AS synthetic_links');
  const row = await db.one(`SELECT ${parts.join(', ')}`);
  return row as Counts;
}
