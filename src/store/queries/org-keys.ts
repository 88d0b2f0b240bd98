import type { Duck } from '../duck.ts';

export interface OrgKey {
  id: string;
  uscc: string | null;
  name: string;
  region: string | null;
  external_ids: string | null;
}

/** The identifying fields of every organisation: for matching imports against the store. */
export async function orgKeys(db: Duck): Promise<OrgKey[]> {
  return (await db.all(
    'SELECT id, uscc, name, region, CAST(external_ids AS VARCHAR) AS external_ids FROM organizations',
  )) as unknown as OrgKey[];
}
